import { caseReviewed } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { applyCaseReview, type AppliedReview } from "@/server/services/reviews/apply-case-review";
import type { Step } from "./notify-steps";

/**
 * Rounds of waiting for a review before the run gives up and leaves the case to staff (design: 180 × 1 day).
 * A wait only sees events sent after it starts, so a review finished between the check and the wait is found
 * by the next day's check rather than lost for a month.
 */
export const REVIEW_ROUNDS = 180;

/**
 * Waits for "case/reviewed" and turns the completed review into the final decision. A review that is not done
 * yet when the event comes (e.g. waiting for a supervisor's confirmation) means another round of waiting.
 */
export async function awaitReview(step: Step, applicationId: string, reviewId: string): Promise<AppliedReview> {
  for (let round = 1; round <= REVIEW_ROUNDS; round++) {
    const applied = await step.run(`apply-case-review-${round}`, () =>
      applyCaseReview(getDb(), { applicationId, reviewId, now: new Date() }),
    );
    if (applied.kind !== "NOT_DONE") return applied;
    await step.waitForEvent(`wait-case-review-${round}`, {
      event: caseReviewed,
      match: "data.applicationId",
      timeout: "1d",
    });
  }
  return step.run("apply-case-review-last", () =>
    applyCaseReview(getDb(), { applicationId, reviewId, now: new Date() }),
  );
}
