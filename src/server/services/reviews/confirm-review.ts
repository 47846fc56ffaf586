import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import type { ReviewConfirmation } from "@/lib/review/review-answer";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { AnnounceReview } from "./announce-review";
import { currentReviewStatus, reviewInScope, type ReviewOutcome } from "./review-outcome";

/**
 * The second pair of eyes: a supervisor of the district other than the person who answered confirms the
 * answer (the review is done and the chain goes on) or returns it to be answered again, with a reason the
 * district's staff read as a case note.
 */
export async function confirmReview(
  db: Db,
  user: SessionUser,
  confirmation: ReviewConfirmation,
  now: Date,
  deps: { announce: AnnounceReview },
): Promise<ReviewOutcome> {
  if (user.role !== "SUPERVISOR") throw new AppError("forbidden");

  const result = await db.$transaction(async (tx): Promise<ReviewOutcome> => {
    const review = await tx.caseReview.findFirst({
      where: reviewInScope(user, confirmation.reviewId),
      select: {
        id: true,
        status: true,
        reviewerId: true,
        outcome: true,
        applicationId: true,
        application: { select: { districtCode: true } },
      },
    });
    if (!review) throw new AppError("notFound");
    const unchanged = {
      changed: false,
      status: review.status,
      applicationId: review.applicationId,
      reviewId: review.id,
    };
    if (review.status !== "AWAITING_CONFIRMATION") return unchanged;
    if (review.reviewerId === user.id) throw new AppError("forbidden");

    const confirm = confirmation.action === "CONFIRM";
    const { count } = await tx.caseReview.updateMany({
      where: { id: review.id, status: "AWAITING_CONFIRMATION", reviewerId: review.reviewerId },
      data: confirm
        ? { status: "DONE", confirmedById: user.id, confirmedAt: now, updatedAt: now }
        : { status: "OPEN", reviewerId: null, outcome: null, reason: null, overridesEngine: false, updatedAt: now },
    });
    if (count === 0) return { ...unchanged, status: await currentReviewStatus(tx, review.id) };
    if (confirmation.action === "RETURN")
      await tx.caseNote.create({
        data: { applicationId: review.applicationId, authorId: user.id, text: confirmation.reason, createdAt: now },
      });
    await recordAudit(tx, {
      actor: user,
      action: confirm ? "review.confirm" : "review.return",
      entity: "CaseReview",
      entityId: review.id,
      applicationId: review.applicationId,
      districtCode: review.application.districtCode,
      // Who answered and what, since a returned answer is cleared from the review itself.
      details: { answeredBy: review.reviewerId, outcome: review.outcome },
    });
    return {
      changed: true,
      status: confirm ? "DONE" : "OPEN",
      applicationId: review.applicationId,
      reviewId: review.id,
    };
  });

  if (result.status === "DONE") await deps.announce(result.applicationId, result.reviewId);
  return result;
}
