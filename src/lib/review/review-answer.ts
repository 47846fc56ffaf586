import { z } from "zod";

// A reviewer's answer and a supervisor's confirmation, as the forms check them and the server validates
// them. Browser-safe; messages are catalog keys.

/** A written reason long enough to explain a decision to the family and to a later appeal. */
export const REVIEW_REASON_MIN = 20;
export const REVIEW_REASON_MAX = 4000;

const reason = z
  .string()
  .trim()
  .min(1, "errors.required")
  .min(REVIEW_REASON_MIN, "reviewForm.errors.reasonTooShort")
  .max(REVIEW_REASON_MAX, "errors.textTooLong");

const reviewId = z.string().min(1).max(64);

/** APPROVE assigns the assistance, REFUSE refuses it; the stored outcome is ASSIGN or REFUSE. */
export const ZReviewAnswer = z.strictObject({
  reviewId,
  // A choice is chosen, not filled in: "Decision: Please fill in this field." said nothing of what to do.
  answer: z.enum(["APPROVE", "REFUSE"], { error: "reviewForm.errors.chooseDecision" }),
  reason,
});
export type ReviewAnswer = z.infer<typeof ZReviewAnswer>;

/** CONFIRM closes the review; RETURN sends it back to be answered again, with the supervisor's reason. */
export const ZReviewConfirmation = z.discriminatedUnion("action", [
  z.strictObject({ reviewId, action: z.literal("CONFIRM") }),
  z.strictObject({ reviewId, action: z.literal("RETURN"), reason }),
]);
export type ReviewConfirmation = z.infer<typeof ZReviewConfirmation>;
