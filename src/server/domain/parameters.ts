import { z } from "zod";
import { isIsoDate, type IsoDate } from "@/kernel/calendar-date";
import { INCOME_TYPES, type IncomeType } from "@/kernel/input-enums";

// Legal parameters are dated data (OpenFisca style): a change in the law adds a value with a later validFrom,
// history is never edited, and the value in force on a date is the one with the latest validFrom ≤ that date.
// The engine receives them; the database holds them; changing one never needs a code change.

export const PARAMETER_UNITS = [
  "QEPIK_PER_PERSON_PER_MONTH",
  "BASIS_POINTS", // 1 % = 100
  "MULTIPLE",
  "COUNT",
  "YEARS",
  "MONTHS",
  "WORKING_DAYS",
  "BOOLEAN", // 1 = yes, 0 = no
] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

export const SCALAR_PARAMETER_CODES = [
  "NEED_CRITERION",
  "SUBSISTENCE_MINIMUM",
  "LARGE_TRANSACTION_MULTIPLE",
  "UTILITY_COST_SHARE_LIMIT",
  "JOB_OFFER_REFUSAL_LIMIT",
  "JOB_OFFER_REFUSAL_WAIT_MONTHS",
  "FALSE_INFORMATION_BAR_MONTHS",
  "DECISION_DEADLINE_WORKING_DAYS",
  "CHANGE_REPORT_WORKING_DAYS",
  "ADULT_AGE",
  "CARE_CHILD_AGE_LIMIT",
  "DISABLED_CHILD_AGE_LIMIT",
  "STUDENT_AGE_LIMIT",
  "PENSION_AGE_MEN_MONTHS",
  "PENSION_AGE_WOMEN_MONTHS",
  "REPEAT_MIN_CHILDREN",
  "REPEAT_MIN_MEMBERS_61_80",
  "THRESHOLD_REVIEW_MARGIN",
  "DECLARATION_MATCH_TOLERANCE",
  "DECLARATION_REVIEW_TOLERANCE",
] as const;
export type ScalarParameterCode = (typeof SCALAR_PARAMETER_CODES)[number];

/** Whether an income type counts toward family income: `INCOME_COUNTED:<type>`, 1 counted, 0 deducted. */
export type IncomeCountedCode = `INCOME_COUNTED:${IncomeType}`;
export type ParameterCode = ScalarParameterCode | IncomeCountedCode;

export const PARAMETER_CODES: readonly ParameterCode[] = [
  ...SCALAR_PARAMETER_CODES,
  ...INCOME_TYPES.map((t): IncomeCountedCode => `INCOME_COUNTED:${t}`),
];

export function incomeCountedCode(type: IncomeType): IncomeCountedCode {
  return `INCOME_COUNTED:${type}`;
}

export const ZParameterValue = z.object({
  validFrom: z.string().refine(isIsoDate, "must be a calendar date YYYY-MM-DD"),
  value: z.number().int("must be a whole number (money in qəpik, shares in basis points)"),
  legalReference: z.string().min(1),
  note: z.string().optional(),
});
export type ParameterValue = z.infer<typeof ZParameterValue>;

export const ZParameterDefinition = z.object({
  code: z.string().refine((c) => (PARAMETER_CODES as readonly string[]).includes(c), "unknown parameter code"),
  unit: z.enum(PARAMETER_UNITS),
  description: z.string().min(1),
  values: z.array(ZParameterValue).min(1),
});
export interface ParameterDefinition {
  code: ParameterCode;
  unit: ParameterUnit;
  description: string;
  values: ParameterValue[];
}

/** Parameters keyed by code. A missing code is allowed: rules that need it report it instead of guessing. */
export type ParameterSet = Partial<Record<ParameterCode, ParameterDefinition>>;

export interface ParameterInForce {
  code: ParameterCode;
  value: number;
  unit: ParameterUnit;
  validFrom: IsoDate;
  legalReference: string;
}

/** The value in force on `date`: latest validFrom ≤ date; null when none is (the rule must then say so). */
export function parameterOn(code: ParameterCode, date: IsoDate, parameters: ParameterSet): ParameterInForce | null {
  const definition = parameters[code];
  if (definition === undefined) return null;
  let best: ParameterValue | undefined;
  for (const v of definition.values) {
    // ISO dates compare correctly as strings.
    if (v.validFrom <= date && (best === undefined || v.validFrom > best.validFrom)) best = v;
  }
  if (best === undefined) return null;
  return {
    code,
    value: best.value,
    unit: definition.unit,
    validFrom: best.validFrom,
    legalReference: best.legalReference,
  };
}

export class ParameterNotInForceError extends Error {
  constructor(
    public readonly code: ParameterCode,
    public readonly date: IsoDate,
  ) {
    super(`no value of parameter ${code} is in force on ${date}`);
    this.name = "ParameterNotInForceError";
  }
}

/** Parses a parameter set loaded from the database or a file, naming the field that is wrong. */
export function parseParameterSet(data: unknown): ParameterSet {
  const list = z.array(ZParameterDefinition).parse(data);
  const set: ParameterSet = {};
  for (const definition of list) {
    set[definition.code as ParameterCode] = { ...definition, code: definition.code as ParameterCode };
  }
  return set;
}
