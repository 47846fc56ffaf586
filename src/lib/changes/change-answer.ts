import { z } from "zod";
import { REVIEW_REASON_MAX, REVIEW_REASON_MIN } from "@/lib/review/review-answer";

// The district's answer to a reassessment the engine sent to review (issue 14), as the case page's form checks it
// and the server validates it. Browser-safe; messages are catalog keys.

export const ZChangeReportAnswer = z.strictObject({
  reportId: z.string().min(1).max(64),
  /** ASSIGN: the assistance goes on at the proposal's amount; REFUSE: it ends from the 1st of next month. */
  outcome: z.enum(["ASSIGN", "REFUSE"], { error: "errors.required" }),
  /** Shown to the family as written, like a reviewer's reason. */
  reason: z
    .string()
    .trim()
    .min(1, "errors.required")
    .min(REVIEW_REASON_MIN, "reviewForm.errors.reasonTooShort")
    .max(REVIEW_REASON_MAX, "errors.textTooLong"),
});
export type ChangeReportAnswer = z.infer<typeof ZChangeReportAnswer>;
