import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import type { ReviewAnswer } from "@/lib/review/review-answer";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { AnnounceReview } from "./announce-review";
import { currentReviewStatus, reviewInScope, type ReviewOutcome } from "./review-outcome";

/**
 * A caseworker or supervisor of the district answers an OPEN review. An answer that departs from what the
 * engine proposed — or one given where the engine could propose nothing — overrides the engine and waits for
 * a second supervisor (four eyes); an answer that agrees closes the review and the chain goes on.
 */
export async function submitReview(
  db: Db,
  user: SessionUser,
  answer: ReviewAnswer,
  now: Date,
  deps: { announce: AnnounceReview },
): Promise<ReviewOutcome> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const outcome = answer.answer === "APPROVE" ? "ASSIGN" : "REFUSE";

  const result = await db.$transaction(async (tx): Promise<ReviewOutcome> => {
    const review = await tx.caseReview.findFirst({
      where: reviewInScope(user, answer.reviewId),
      select: {
        id: true,
        status: true,
        applicationId: true,
        application: { select: { districtCode: true } },
        decision: { select: { proposedOutcome: true } },
      },
    });
    if (!review) throw new AppError("notFound");
    const unchanged = {
      changed: false,
      status: review.status,
      applicationId: review.applicationId,
      reviewId: review.id,
    };
    if (review.status !== "OPEN") return unchanged;

    const overridesEngine = review.decision.proposedOutcome !== outcome;
    const status = overridesEngine ? "AWAITING_CONFIRMATION" : "DONE";
    const { count } = await tx.caseReview.updateMany({
      where: { id: review.id, status: "OPEN" },
      data: { status, reviewerId: user.id, outcome, reason: answer.reason, overridesEngine, updatedAt: now },
    });
    if (count === 0) return { ...unchanged, status: await currentReviewStatus(tx, review.id) };
    await recordAudit(tx, {
      actor: user,
      action: "review.answer",
      entity: "CaseReview",
      entityId: review.id,
      applicationId: review.applicationId,
      districtCode: review.application.districtCode,
      details: { outcome, proposedOutcome: review.decision.proposedOutcome, overridesEngine, status },
    });
    return { changed: true, status, applicationId: review.applicationId, reviewId: review.id };
  });

  if (result.status === "DONE") await deps.announce(result.applicationId, result.reviewId);
  return result;
}
