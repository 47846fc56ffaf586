import { z } from "zod";
import type { Outcome } from "@/generated/prisma/client";

const zText = z.object({ az: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });

/** A reason as stored on a Decision: the engine's Reason, or a reviewer's written reason in the same shape. */
export const zStoredReason = z.looseObject({
  code: z.string().min(1),
  kind: z.enum(["ASSIGNMENT", "REFUSAL", "REVIEW"]),
  message: zText,
});
export type StoredReason = z.infer<typeof zStoredReason>;

export function parseStoredReasons(json: unknown): StoredReason[] {
  return z.array(zStoredReason).parse(json);
}

/** The reviewer's own words as a reason entry: the family is told why a person decided as they did. */
export function reviewerReason(opts: {
  outcome: Extract<Outcome, "ASSIGN" | "REFUSE">;
  text: string;
  reviewerId: string;
  reviewId: string;
}): StoredReason {
  return {
    code: "REVIEWER_DECISION",
    kind: opts.outcome === "ASSIGN" ? "ASSIGNMENT" : "REFUSAL",
    evidence: { sources: [`STAFF:${opts.reviewerId}`], facts: { reviewId: opts.reviewId } },
    // Written once, in the reviewer's language; it is shown as written in every language.
    message: { az: opts.text, ru: opts.text, en: opts.text },
  };
}

/** The supervisor's answer to an appeal as a reason entry: an appeal's answer is a new, explained decision. */
export function appealAnswerReason(opts: {
  outcome: Extract<Outcome, "ASSIGN" | "REFUSE">;
  text: string;
  supervisorId: string;
  appealId: string;
}): StoredReason {
  return {
    code: "APPEAL_ANSWER",
    kind: opts.outcome === "ASSIGN" ? "ASSIGNMENT" : "REFUSAL",
    evidence: { sources: [`STAFF:${opts.supervisorId}`], facts: { appealId: opts.appealId } },
    // As with a reviewer's reason: written once, shown as written in every language.
    message: { az: opts.text, ru: opts.text, en: opts.text },
  };
}
