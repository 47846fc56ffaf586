// The plausible range of each law parameter, in its stored unit (qəpik, basis points, years, months, working days,
// counts). Not the law: a value outside is so far from anything a ministry would set that it can only be a typing
// error (a need criterion of 0, an adult age of 150, a tolerance of 250 %), so the proposal is refused before a
// second administrator is asked to spot it. Wide enough that no real change of the law needs a code change; the
// form checks it as the administrator types, and the procedure's schema and the confirmation check it again.
// docs/administration.md lists the ranges. Browser-safe: the proposal form names the range it refuses.

export interface ParameterBounds {
  min: number;
  max: number;
}

const AZN = 100;
const PERCENT = 100;
const YEAR = 12;

/** Money per person per month: at least 1 AZN (0 would make no family low-income), at most 10 000 AZN. */
const MONEY = { min: 1 * AZN, max: 10_000 * AZN };
/** A share or tolerance in basis points: never more than the whole. */
const TOLERANCE = { min: 0, max: 100 * PERCENT };
/** A period a person has to act or a case to be decided in: at least a day, at most about four months. */
const WORKING_DAYS = { min: 1, max: 90 };

const SCALAR_BOUNDS: Readonly<Record<string, ParameterBounds>> = {
  NEED_CRITERION: MONEY,
  SUBSISTENCE_MINIMUM: MONEY,
  // Times the subsistence minimum: below 1, an ordinary month's spending would refuse.
  LARGE_TRANSACTION_MULTIPLE: { min: 1, max: 100 },
  // Of the subsistence minimum; 0 would refuse any family that pays a utility bill.
  UTILITY_COST_SHARE_LIMIT: { min: 1, max: 100 * PERCENT },
  // 0 refusals would refuse every able member who was never offered a job.
  JOB_OFFER_REFUSAL_LIMIT: { min: 1, max: 10 },
  // Refusal grounds 5 and 9 last this long; 0 would void the ground, which the law does by dropping it.
  JOB_OFFER_REFUSAL_WAIT_MONTHS: { min: 1, max: 5 * YEAR },
  FALSE_INFORMATION_BAR_MONTHS: { min: 1, max: 10 * YEAR },
  DECISION_DEADLINE_WORKING_DAYS: WORKING_DAYS,
  CHANGE_REPORT_WORKING_DAYS: WORKING_DAYS,
  // Ages of majority in the world's laws run from 14 to 21.
  ADULT_AGE: { min: 14, max: 21 },
  CARE_CHILD_AGE_LIMIT: { min: 1, max: 18 },
  DISABLED_CHILD_AGE_LIMIT: { min: 1, max: 25 },
  STUDENT_AGE_LIMIT: { min: 16, max: 35 },
  // Pension ages, in months: from 50 to 75 years.
  PENSION_AGE_MEN_MONTHS: { min: 50 * YEAR, max: 75 * YEAR },
  PENSION_AGE_WOMEN_MONTHS: { min: 50 * YEAR, max: 75 * YEAR },
  // Members of one family: 0 would let every repeat application skip the home visit.
  REPEAT_MIN_CHILDREN: { min: 1, max: 20 },
  REPEAT_MIN_MEMBERS_61_80: { min: 1, max: 20 },
  THRESHOLD_REVIEW_MARGIN: TOLERANCE,
  DECLARATION_MATCH_TOLERANCE: TOLERANCE,
  DECLARATION_REVIEW_TOLERANCE: TOLERANCE,
};

/** Whether an income kind counts (`INCOME_COUNTED:<kind>`): 1 yes, 0 no. */
const YES_NO = { min: 0, max: 1 };

/** The range a parameter's value must lie in, both ends included; null for a code that is no parameter. */
export function parameterBounds(code: string): ParameterBounds | null {
  if (code.startsWith("INCOME_COUNTED:")) return YES_NO;
  return Object.hasOwn(SCALAR_BOUNDS, code) ? SCALAR_BOUNDS[code]! : null;
}

/** Whether a stored value is within its parameter's range (a code without one has no value that is). */
export function withinParameterBounds(code: string, value: number): boolean {
  const bounds = parameterBounds(code);
  return bounds !== null && value >= bounds.min && value <= bounds.max;
}
