import type { IsoDate, YearMonth } from "@/kernel/calendar-date";
import type { ExclusionCode } from "@/kernel/input-enums";
import type { Outcome } from "@/kernel/outcomes";
import type { Reason } from "./reasons";

export { OUTCOMES, type Outcome } from "@/kernel/outcomes";

// What the engine returns. Every list is in a canonical order (by code, then by its evidence) so the same
// family always yields the same, comparable result whatever the order of its data.

export const RULE_CODES = [
  "FAMILY_COMPOSITION",
  "INCOME_WINDOW",
  "FALSE_INFORMATION_BAR", // ground 9
  "DECLARATION_MATCHES_VERIFIED_DATA", // ground 1
  "INCOME_BELOW_NEED_CRITERION", // ground 2
  "INCOME_NOT_NEAR_THRESHOLD", // review margin (design)
  "LARGE_TRANSACTIONS", // ground 3
  "MOTOR_VEHICLE", // ground 4
  "JOB_OFFER_REFUSALS", // ground 5
  "UTILITY_AND_COMMUNICATION_COSTS", // ground 6
  "REAL_ESTATE_SAME_PURPOSE", // ground 7
  "LOW_INCOME_BEYOND_CONTROL", // ground 8
  "AGENCY_DATA_COMPLETE",
  "HOME_INSPECTION",
  "REPRESENTATIVE",
  "ASSIGNMENT_PERIOD",
  "DECISION_DEADLINE",
] as const;
export type RuleCode = (typeof RULE_CODES)[number];

export type RuleResult = "PASS" | "FAIL" | "REVIEW" | "NOT_APPLICABLE" | "NOT_EVALUATED";

export interface RuleCheck {
  rule: RuleCode;
  result: RuleResult;
  legalReference: string;
}

export interface Figures {
  applicationDate: IsoDate;
  /** N: members counted. */
  memberCount: number;
  countedMemberFins: string[];
  excludedMembers: { fin: string; exclusions: ExclusionCode[] }[];
  /** C: need criterion in force on the application date, qəpik per person per month; null if none recorded. */
  needCriterionQepik: number | null;
  /** N × C, qəpik per month. */
  thresholdQepik: number | null;
  incomeWindow: { from: YearMonth; to: YearMonth };
  /** Sum of counted income over the window, qəpik. */
  totalIncomeQepik: number;
  /** I: total / 12, rounded up to the qəpik (so the amount is rounded down). */
  averageMonthlyIncomeQepik: number;
  /** N × C − I by the formula, floored at 0, whatever the outcome. */
  computedAmountQepik: number | null;
  /** What is paid monthly: the computed amount on ASSIGN, 0 on REFUSE, the proposed amount on REVIEW. */
  amountQepik: number;
  /** The 12-month assignment period (proposed on REVIEW, null on REFUSE). */
  period: { from: IsoDate; to: IsoDate } | null;
  /** The 15th working day after the application; null when the holiday table does not cover it. */
  decisionDeadline: IsoDate | null;
}

export interface Assessment {
  outcome: Outcome;
  figures: Figures;
  reasons: Reason[];
  rulesChecked: RuleCheck[];
  engineVersion: string;
}
