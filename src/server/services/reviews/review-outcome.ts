import type { Prisma, ReviewStatus } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { applicationScope } from "@/server/services/access/application-scope";

/** What an answer or confirmation did: `changed: false` when the review was no longer in the state it needs. */
export interface ReviewOutcome {
  changed: boolean;
  status: ReviewStatus;
  applicationId: string;
  reviewId: string;
}

/** A review of the caller's district, as a where-clause: any other reads as not found. */
export function reviewInScope(user: SessionUser, reviewId: string): Prisma.CaseReviewWhereInput {
  return { id: reviewId, application: applicationScope(user) };
}

export async function currentReviewStatus(tx: Prisma.TransactionClient, reviewId: string): Promise<ReviewStatus> {
  return (await tx.caseReview.findUniqueOrThrow({ where: { id: reviewId }, select: { status: true } })).status;
}
