import { inngest } from "@/inngest/client";
import { caseReviewed } from "@/inngest/events";

/** Tells the waiting chain that a review is done. The event id makes a repeated send harmless. */
export async function announceReview(applicationId: string, reviewId: string): Promise<void> {
  await inngest.send(caseReviewed.create({ applicationId, reviewId }, { id: `case-reviewed-${reviewId}` }));
}

export type AnnounceReview = typeof announceReview;
