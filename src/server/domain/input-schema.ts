import { z } from "zod";
import { isIsoDate, isYearMonth } from "@/kernel/calendar-date";
import { FIN_PATTERN } from "@/kernel/identity-format";
import { guardAssessmentInput } from "./input-guard";
import { INPUT_SCHEMA_VERSION, MAX_QEPIK, VERIFYING_SOURCES } from "./input-limits";
import {
  ABSENCE_KINDS,
  AGENCY_CODES,
  DECLARATION_FIELDS,
  DISABILITY_CATEGORIES,
  EMPLOYMENT_STATUSES,
  EVIDENCE_SOURCES,
  EXCLUSION_CODES,
  INCOME_SOURCES,
  INCOME_TYPES,
  INSPECTION_NOT_DONE_REASONS,
  INSPECTOR_FLAGS,
  PENSION_KINDS,
  REAL_ESTATE_PURPOSES,
  RELATIONS,
  REPRESENTATIVE_ROLES,
  SEXES,
  STUDY_MODES,
  TRANSACTION_KINDS,
  UNOBTAINED_REASONS,
  UTILITY_KINDS,
  VEHICLE_RELATIONS,
  type EvidenceSource,
  type IncomeSource,
} from "@/kernel/input-enums";

// The engine's input: a family and its data as the engine sees it, after the agency layer and the inspection
// form have filled it. This schema is the contract between them; version it when it changes incompatibly.

export { INPUT_SCHEMA_VERSION };

export const ZIsoDate = z.string().refine(isIsoDate, "must be a calendar date written YYYY-MM-DD");
export const ZYearMonth = z.string().refine(isYearMonth, "must be a month written YYYY-MM");
export const ZFin = z.string().regex(FIN_PATTERN, "must be a FIN: 7 capital Latin letters or digits");
export const ZQepik = z
  .number()
  .int("must be a whole number of qəpik (1 AZN = 100 qəpik), not manat with decimals")
  .nonnegative("must not be negative")
  .max(MAX_QEPIK, "is larger than any plausible amount (10 000 000 AZN)");
type NonEmpty<T> = readonly [T, ...T[]];
const nonEmpty = <T>(list: readonly T[]): NonEmpty<T> => list as NonEmpty<T>;
export const ZEvidenceSource = z.enum(nonEmpty<EvidenceSource>(EVIDENCE_SOURCES), {
  error: "must be AGENCY:<code>, DECLARED or INSPECTION",
});
const ZIncomeSource = z.enum(nonEmpty<IncomeSource>(INCOME_SOURCES), { error: "must be AGENCY:<code> or DECLARED" });
const ZAgencySource = z.enum(nonEmpty<EvidenceSource>(VERIFYING_SOURCES), {
  error: "must be AGENCY:<code> or INSPECTION (a declaration is not evidence of itself)",
});

const ZSourced = { source: ZEvidenceSource };

export const ZMember = z.strictObject({
  fin: ZFin,
  birthDate: ZIsoDate,
  sex: z.enum(SEXES),
  relation: z.enum(RELATIONS),
  exclusions: z
    .array(z.strictObject({ code: z.enum(EXCLUSION_CODES), ...ZSourced, note: z.string().optional() }))
    .default([]),
  disability: z.strictObject({ category: z.enum(DISABILITY_CATEGORIES), ...ZSourced }).optional(),
  pensions: z.array(z.strictObject({ kind: z.enum(PENSION_KINDS), ...ZSourced })).default([]),
  employment: z.strictObject({ status: z.enum(EMPLOYMENT_STATUSES), ...ZSourced }).optional(),
  unemploymentInsurance: z.strictObject({ ...ZSourced }).optional(),
  study: z.strictObject({ mode: z.enum(STUDY_MODES), ...ZSourced }).optional(),
  caresFor: z.array(z.strictObject({ fin: ZFin, ...ZSourced })).default([]),
  absence: z.strictObject({ kind: z.enum(ABSENCE_KINDS), ...ZSourced }).optional(),
});

export const ZIncomeRecord = z
  .strictObject({
    memberFin: ZFin,
    type: z.enum(INCOME_TYPES),
    month: ZYearMonth,
    amountQepik: ZQepik,
    source: ZIncomeSource,
    /**
     * A DECLARED record of income beyond what any register holds (work without a labour contract, help from
     * relatives…), as the e-application asks for it: it is added to the agencies' figure and never compared with
     * it. Without the flag a DECLARED record is the family's statement of its whole income of that type (as on the
     * paper form), compared with the agencies' records of the same type.
     */
    beyondRegisters: z.boolean().optional(),
  })
  .refine((r) => !r.beyondRegisters || r.source === "DECLARED", {
    path: ["beyondRegisters"],
    message: "only a DECLARED record can be income beyond the registers",
  });

export const ZDeclarationCheck = z.strictObject({
  field: z.enum(DECLARATION_FIELDS),
  declared: z.number().int().nonnegative(),
  verified: z.number().int().nonnegative(),
  verifiedBy: ZAgencySource,
});

export const ZVehicle = z.strictObject({
  registration: z.string().min(1),
  relation: z.enum(VEHICLE_RELATIONS),
  holderFin: ZFin.optional(),
  stateRehabilitationVehicle: z.boolean(),
  ...ZSourced,
});

export const ZRealEstate = z.strictObject({
  objectId: z.string().min(1),
  purpose: z.enum(REAL_ESTATE_PURPOSES),
  address: z.string().min(1),
  ownerFin: ZFin.optional(),
  ...ZSourced,
});

export const ZTransaction = z.strictObject({
  kind: z.enum(TRANSACTION_KINDS),
  date: ZIsoDate,
  amountQepik: ZQepik,
  description: z.string().min(1),
  ...ZSourced,
});

export const ZUtilityCost = z.strictObject({
  month: ZYearMonth,
  kind: z.enum(UTILITY_KINDS),
  amountQepik: ZQepik,
  ...ZSourced,
});

export const ZJobOfferRefusal = z.strictObject({
  memberFin: ZFin,
  date: ZIsoDate,
  offerRef: z.string().min(1),
  ...ZSourced,
});

export const ZInspection = z.discriminatedUnion("status", [
  z.strictObject({
    status: z.literal("COMPLETED"),
    date: ZIsoDate,
    inspectorFlags: z.array(z.strictObject({ code: z.enum(INSPECTOR_FLAGS), note: z.string().min(1) })).default([]),
  }),
  z.strictObject({ status: z.literal("SKIPPED_REPEAT_RULE") }),
  z.strictObject({
    status: z.literal("NOT_DONE"),
    reason: z.enum(INSPECTION_NOT_DONE_REASONS),
    note: z.string().optional(),
  }),
]);

export const ZPrevious = z.strictObject({
  falseInformationFindings: z.array(z.strictObject({ foundOn: ZIsoDate, decisionRef: z.string().min(1) })).default([]),
  lastAssignment: z
    .strictObject({
      periodFrom: ZIsoDate,
      periodTo: ZIsoDate,
      countedMemberFins: z.array(ZFin).min(1),
      addressId: z.string().min(1),
    })
    .optional(),
});

export const ZAssessmentInput = z
  .strictObject({
    schemaVersion: z.literal(INPUT_SCHEMA_VERSION),
    applicationDate: ZIsoDate,
    address: z.strictObject({ id: z.string().min(1), text: z.string().optional() }),
    representative: z.strictObject({ fin: ZFin, role: z.enum(REPRESENTATIVE_ROLES) }),
    members: z.array(ZMember).min(1, "must list at least one person"),
    incomes: z.array(ZIncomeRecord).default([]),
    declarationChecks: z.array(ZDeclarationCheck).default([]),
    vehicles: z.array(ZVehicle).default([]),
    realEstate: z.array(ZRealEstate).default([]),
    transactions: z.array(ZTransaction).default([]),
    utilityCosts: z.array(ZUtilityCost).default([]),
    jobOfferRefusals: z.array(ZJobOfferRefusal).default([]),
    /** People the population registry lists in the family's household whom the application does not list. */
    undeclaredResidents: z.array(ZFin).default([]),
    inspection: ZInspection,
    unobtainedData: z
      .array(
        z.strictObject({
          agency: z.enum(AGENCY_CODES),
          reason: z.enum(UNOBTAINED_REASONS),
          note: z.string().optional(),
        }),
      )
      .default([]),
    previous: ZPrevious.default({ falseInformationFindings: [] }),
  })
  .superRefine((input, ctx) => {
    const fins = new Set<string>();
    input.members.forEach((m, i) => {
      if (fins.has(m.fin))
        ctx.addIssue({ code: "custom", path: ["members", i, "fin"], message: `FIN ${m.fin} is listed twice` });
      fins.add(m.fin);
      if (m.birthDate > input.applicationDate)
        ctx.addIssue({ code: "custom", path: ["members", i, "birthDate"], message: "is after the application date" });
      m.caresFor.forEach((c, j) => {
        if (!input.members.some((o) => o.fin === c.fin))
          ctx.addIssue({
            code: "custom",
            path: ["members", i, "caresFor", j, "fin"],
            message: `FIN ${c.fin} is not a listed person`,
          });
        if (c.fin === m.fin)
          ctx.addIssue({
            code: "custom",
            path: ["members", i, "caresFor", j, "fin"],
            message: "a person cannot care for themself",
          });
      });
    });
    const mustBeListed = (fin: string, path: (string | number)[]): void => {
      if (!fins.has(fin)) ctx.addIssue({ code: "custom", path, message: `FIN ${fin} is not among members` });
    };
    input.incomes.forEach((r, i) => mustBeListed(r.memberFin, ["incomes", i, "memberFin"]));
    input.jobOfferRefusals.forEach((r, i) => mustBeListed(r.memberFin, ["jobOfferRefusals", i, "memberFin"]));
    input.undeclaredResidents.forEach((fin, i) => {
      if (fins.has(fin))
        ctx.addIssue({ code: "custom", path: ["undeclaredResidents", i], message: `FIN ${fin} is among members` });
    });
    if (input.representative.role === "FAMILY_MEMBER")
      mustBeListed(input.representative.fin, ["representative", "fin"]);
    const later = (date: string, path: (string | number)[]): void => {
      if (date > input.applicationDate)
        ctx.addIssue({ code: "custom", path, message: "is after the application date" });
    };
    input.transactions.forEach((t, i) => later(t.date, ["transactions", i, "date"]));
    input.jobOfferRefusals.forEach((t, i) => later(t.date, ["jobOfferRefusals", i, "date"]));
    input.previous.falseInformationFindings.forEach((f, i) =>
      later(f.foundOn, ["previous", "falseInformationFindings", i, "foundOn"]),
    );
    const last = input.previous.lastAssignment;
    if (last !== undefined && last.periodTo < last.periodFrom)
      ctx.addIssue({
        code: "custom",
        path: ["previous", "lastAssignment", "periodTo"],
        message: "is before periodFrom",
      });
  });

export type AssessmentInput = z.output<typeof ZAssessmentInput>;
/** What a caller may write: fields with defaults (empty lists) may be left out. */
export type AssessmentInputDraft = z.input<typeof ZAssessmentInput>;
export type Member = AssessmentInput["members"][number];
export type IncomeRecord = AssessmentInput["incomes"][number];

export class InvalidInputError extends Error {
  constructor(public readonly problems: { path: string; message: string }[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    this.name = "InvalidInputError";
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/** A zod issue as "what is wrong" in plain words; a missing field says so instead of "received undefined". */
export function describeIssue(issue: { message: string }): string {
  return /received undefined$/.test(issue.message) ? "is required but missing" : issue.message;
}

/**
 * Validates untrusted data into the engine's input; every problem names its field. Valid input takes the
 * hand-written guard's one pass (input-guard.ts, ~10× cheaper); only input it refuses goes through zod, which
 * names the problems.
 */
export function parseAssessmentInput(data: unknown): AssessmentInput {
  const fast = guardAssessmentInput(data);
  if (fast !== undefined) return fast;
  const result = ZAssessmentInput.safeParse(data);
  if (result.success) return result.data;
  throw new InvalidInputError(
    result.error.issues.map((i) => ({ path: formatPath(i.path), message: describeIssue(i) })),
  );
}
