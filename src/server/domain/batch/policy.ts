import type { ParameterSet, ScalarParameterCode } from "../parameters";

// The parameters a policy what-if may change: the need criterion and the thresholds that decide the income rules.
// Every other parameter (and every rule that reads only those) stays as the law has it, so a batch compiled once
// can be re-decided under many policies.

export interface Policy {
  /** C, qəpik per person per month. */
  needCriterionQepik: number;
  /** THRESHOLD_REVIEW_MARGIN, basis points: income this close to N × C goes to a person. */
  thresholdReviewMarginBp: number;
  /** DECLARATION_MATCH_TOLERANCE, basis points. */
  declarationMatchBp: number;
  /** DECLARATION_REVIEW_TOLERANCE, basis points. */
  declarationReviewBp: number;
}

export const POLICY_PARAMETER_CODES = [
  "NEED_CRITERION",
  "THRESHOLD_REVIEW_MARGIN",
  "DECLARATION_MATCH_TOLERANCE",
  "DECLARATION_REVIEW_TOLERANCE",
] as const satisfies readonly ScalarParameterCode[];

const VALUE_OF: Record<(typeof POLICY_PARAMETER_CODES)[number], keyof Policy> = {
  NEED_CRITERION: "needCriterionQepik",
  THRESHOLD_REVIEW_MARGIN: "thresholdReviewMarginBp",
  DECLARATION_MATCH_TOLERANCE: "declarationMatchBp",
  DECLARATION_REVIEW_TOLERANCE: "declarationReviewBp",
};

/** The law's parameters with the policy's values in force on every date: what the single path is given to explain one family. */
export function withPolicy(parameters: ParameterSet, policy: Policy): ParameterSet {
  const set: ParameterSet = { ...parameters };
  for (const code of POLICY_PARAMETER_CODES) {
    const unit = code === "NEED_CRITERION" ? "QEPIK_PER_PERSON_PER_MONTH" : "BASIS_POINTS";
    set[code] = {
      code,
      unit,
      description: parameters[code]?.description ?? code,
      values: [{ validFrom: "0001-01-01", value: policy[VALUE_OF[code]], legalReference: "what-if" }],
    };
  }
  return set;
}
