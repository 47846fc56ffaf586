import { z } from "zod";
import { familyThreshold, INCOME_WINDOW_MONTHS, monthlyAmount } from "@/kernel/amount-formula";

// A supervisor's answer to an appeal, as the form checks it and the server validates it. Browser-safe;
// messages are catalog keys.

/** The explanation is the family's answer: long enough to say why, short enough to read. */
export const APPEAL_EXPLANATION_MIN = 10;
export const APPEAL_EXPLANATION_MAX = 2000;

/** An average monthly income above 10 million manat is a typing error, not a family's income. */
export const CORRECTED_INCOME_MAX_QEPIK = 1_000_000_000;

/**
 * UPHOLD keeps the appealed decision; CHANGE assigns (an appealed refusal) or recalculates upwards (an appealed
 * assignment), optionally on an average monthly income the supervisor corrected.
 */
export const ZAppealAnswer = z.strictObject({
  appealId: z.string().min(1).max(64),
  answer: z.enum(["UPHOLD", "CHANGE"], { error: "errors.required" }),
  correctedIncomeQepik: z
    .number({ error: "errors.amountFormat" })
    .int("errors.amountFormat")
    .min(0, "errors.amountNegative")
    .max(CORRECTED_INCOME_MAX_QEPIK, "errors.amountTooLarge")
    .nullable(),
  explanation: z
    .string()
    .trim()
    .min(1, "errors.required")
    .min(APPEAL_EXPLANATION_MIN, "errors.appealExplanationTooShort")
    .max(APPEAL_EXPLANATION_MAX, "errors.textTooLong"),
});
export type AppealAnswer = z.infer<typeof ZAppealAnswer>;

/**
 * A = N × C − I on an average monthly income I in whole qəpik (the engine's, rounded up, or the supervisor's), by
 * the engine's own rule: as a 12-month total it is rounded down, and 0 when I ≥ N × C. The form's preview and
 * the answer use this one function.
 */
export function appealAmountQepik(memberCount: number, criterionQepik: number, incomeQepik: number): number {
  return monthlyAmount(incomeQepik * INCOME_WINDOW_MONTHS, familyThreshold(memberCount, criterionQepik));
}

/**
 * Why a "Change" answer giving `amountQepik` a month is refused, or null when it is taken: nothing to assign, or,
 * against an assignment, an amount no higher than the appealed one (an appeal never lowers the assistance). The
 * server refuses by it, and the form says it at the corrected income before sending.
 */
export function appealChangeRefusal(
  appealed: { outcome: string; amountQepik: number | null },
  amountQepik: number,
): "appealAmountNotPositive" | "appealAmountNotHigher" | null {
  if (amountQepik <= 0) return "appealAmountNotPositive";
  if (appealed.outcome === "ASSIGN" && amountQepik <= (appealed.amountQepik ?? 0)) return "appealAmountNotHigher";
  return null;
}
