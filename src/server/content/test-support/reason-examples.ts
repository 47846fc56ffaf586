import {
  AGENCY_CODES,
  DECLARATION_FIELDS,
  INSPECTION_NOT_DONE_REASONS,
  INSPECTOR_FLAGS,
  REAL_ESTATE_PURPOSES,
  UNOBTAINED_REASONS,
} from "@/kernel/input-enums";
import type { ReasonCode, ReasonFactsByCode } from "@/server/domain/reasons";

// One example of the facts of every reason code, and one of every coded thing a message names (each agency, field,
// purpose, flag…), plus a code with no words written: the texts the reasons test renders in the three languages.

export type ReasonExample = { [C in ReasonCode]: { code: C; facts: ReasonFactsByCode[C] } }[ReasonCode];

const example = <C extends ReasonCode>(code: C, facts: ReasonFactsByCode[C]): ReasonExample =>
  ({ code, facts }) as ReasonExample;

const NOT_WRITTEN = "SOME_NEW_CODE";

export const REASON_EXAMPLES: ReasonExample[] = [
  example("LOW_INCOME_ASSIGNED", {
    memberCount: 4,
    needCriterionQepik: 24_600,
    thresholdQepik: 98_400,
    averageIncomeQepik: 41_250,
    amountQepik: 57_150,
    periodFrom: "2026-03-01",
    periodTo: "2027-02-28",
  }),
  // A reassessment after a reported change: the new amount from its effective day, the income before the report's month.
  example("LOW_INCOME_ASSIGNED", {
    memberCount: 4,
    needCriterionQepik: 24_600,
    thresholdQepik: 98_400,
    averageIncomeQepik: 112_403,
    amountQepik: 37_597,
    periodFrom: "2027-01-01",
    periodTo: "2027-11-30",
    reassessedOn: "2026-12-07",
  }),
  example("INCOME_AT_OR_ABOVE_THRESHOLD", {
    memberCount: 3,
    needCriterionQepik: 24_600,
    thresholdQepik: 73_800,
    averageIncomeQepik: 1_234_567,
  }),
  ...[...DECLARATION_FIELDS, "INCOME_12_MONTHS" as const].flatMap((field) => [
    example("DECLARATION_MISMATCH", { field, declared: 1200, verified: 345_000, toleranceBasisPoints: 500 }),
    example("DECLARATION_DIFFERS_WITHIN_TOLERANCE", { field, declared: 98, verified: 100, toleranceBasisPoints: 500 }),
  ]),
  ...(["PURCHASE", "SALE"] as const).map((kind) =>
    example("LARGE_TRANSACTION", {
      kind,
      date: "2025-11-09",
      amountQepik: 2_500_000,
      limitQepik: 1_650_000,
      multiple: 75,
      description: "mənzil / flat",
    }),
  ),
  // A reassessment after a reported change: the deals of the 12 months before the report's month.
  example("LARGE_TRANSACTION", {
    kind: "SALE",
    date: "2026-03-14",
    amountQepik: 4_000_000,
    limitQepik: 3_600_000,
    multiple: 12,
    description: "mənzil / flat",
    reassessedOn: "2026-06-10",
  }),
  ...(["OWNS", "USES"] as const).map((relation) => example("MOTOR_VEHICLE", { registration: "10-AB-123", relation })),
  example("JOB_OFFERS_REFUSED", {
    fin: "5ABC12D",
    refusals: 2,
    lastRefusalDate: "2026-01-31",
    reapplyFrom: "2026-07-31",
  }),
  example("HIGH_UTILITY_COSTS", {
    perPersonMonthlyQepik: 11_050,
    limitQepik: 11_000,
    shareBasisPoints: 5000,
    months: 12,
  }),
  ...[...REAL_ESTATE_PURPOSES, NOT_WRITTEN].map((purpose) =>
    example("MULTIPLE_REAL_ESTATE_SAME_PURPOSE", {
      purpose: purpose as (typeof REAL_ESTATE_PURPOSES)[number],
      addressCount: 2,
      objectIds: "R-1,R-2",
    }),
  ),
  example("LOW_INCOME_NOT_BEYOND_CONTROL", { fin: "7XYZ89K", ageYears: 34 }),
  example("FALSE_INFORMATION_BAR", { foundOn: "2025-05-12", availableFrom: "2026-05-12", decisionRef: "D-2025-0042" }),
  example("NO_COUNTED_MEMBERS", { listed: 3 }),
  ...[...AGENCY_CODES, NOT_WRITTEN].map((agency) => example("AGENCY_DATA_NOT_OBTAINED", { agency, reason: "TIMEOUT" })),
  ...[...UNOBTAINED_REASONS, NOT_WRITTEN].map((reason) =>
    example("AGENCY_DATA_NOT_OBTAINED", {
      agency: reason === "REEXAMINATION_PENDING" ? "DISABILITY_COMMISSION" : "TAX_SERVICE",
      reason,
    }),
  ),
  ...[...INSPECTOR_FLAGS, NOT_WRITTEN].map((flag) =>
    example("INSPECTOR_FLAG", { flag, note: "3 otaq, yeni mebel / new furniture" }),
  ),
  ...[...INSPECTION_NOT_DONE_REASONS, NOT_WRITTEN].map((reason) => example("INSPECTION_NOT_DONE", { reason })),
  example("INSPECTION_SKIP_NOT_JUSTIFIED", {
    problems: `NO_PREVIOUS_ASSIGNMENT,NOT_FOLLOWING_YEAR,COMPOSITION_CHANGED,ADDRESS_CHANGED,NO_QUALIFYING_MEMBER,${NOT_WRITTEN}`,
  }),
  example("INSPECTION_SKIP_NOT_JUSTIFIED", { problems: "ADDRESS_CHANGED" }),
  example("INCOME_NEAR_THRESHOLD", { averageIncomeQepik: 97_000, thresholdQepik: 98_400, marginBasisPoints: 250 }),
  example("EMPLOYMENT_STATUS_UNKNOWN", { fin: "5ABC12D" }),
  example("REGISTERED_RESIDENT_NOT_DECLARED", { fin: "6BCD23E" }),
  ...(
    [
      "NEED_CRITERION",
      "SUBSISTENCE_MINIMUM",
      "PENSION_AGE_MEN_MONTHS",
      "PENSION_AGE_WOMEN_MONTHS",
      "ADULT_AGE",
    ] as const
  ).map((parameter) => example("PARAMETER_NOT_IN_FORCE", { parameter, date: "2026-12-04" })),
  ...(["UNDER_AGE", "DISABILITY", "NOT_COUNTED"] as const).map((problem) =>
    example("REPRESENTATIVE_NOT_ELIGIBLE", { fin: "5ABC12D", problem }),
  ),
];
