import type { Outcome, Prisma } from "@/generated/prisma/client";
import { isOpenStatus, OPEN_STATUSES } from "@/kernel/application-statuses";
import type { Db } from "@/server/db/create-client";
import { advanceStatusIn, lockApplication } from "@/server/services/applications/advance-status";
import { parseStoredReasons, reviewerReason } from "@/server/services/decisions/stored-reasons";

export type AppliedReview =
  | { kind: "NOT_DONE" }
  | { kind: "CLOSED" }
  | { kind: "DECIDED"; decisionId: string; outcome: Extract<Outcome, "ASSIGN" | "REFUSE"> };

/**
 * Turns a completed review into the final decision: it supersedes the engine's REVIEW decision (unique, so a
 * retried step finds it), is decided by the reviewer, keeps the engine's figures and the reasons that agree with
 * the outcome, and adds the reviewer's written reason. A review not DONE yet (e.g. awaiting a supervisor's
 * confirmation) changes nothing.
 */
export async function applyCaseReview(
  db: Db,
  opts: { applicationId: string; reviewId: string; now: Date },
): Promise<AppliedReview> {
  const review = await db.caseReview.findUnique({ where: { id: opts.reviewId }, include: { decision: true } });
  if (!review || review.applicationId !== opts.applicationId) return { kind: "NOT_DONE" };
  const outcome = review.outcome;
  if (
    review.status !== "DONE" ||
    (outcome !== "ASSIGN" && outcome !== "REFUSE") ||
    !review.reviewerId ||
    !review.reason
  )
    return { kind: "NOT_DONE" };
  const reviewerId = review.reviewerId;
  const proposal = review.decision;

  return db.$transaction(async (tx) => {
    const done = await tx.decision.findUnique({ where: { supersedesId: proposal.id }, select: { id: true } });
    if (done) return { kind: "DECIDED" as const, decisionId: done.id, outcome };
    const app = await lockApplication(tx, opts.applicationId);
    if (!app || !isOpenStatus(app.status)) return { kind: "CLOSED" as const };
    const assign = outcome === "ASSIGN";
    if (assign && (!proposal.amountQepik || proposal.amountQepik <= 0 || !proposal.periodFrom || !proposal.periodTo)) {
      // The engine proposed no amount (I ≥ N × C): an assignment needs a new assessment, not a review answer.
      throw new Error(`review ${review.id}: ASSIGN without a positive proposed amount`);
    }
    const keep = parseStoredReasons(proposal.reasons).filter((r) => r.kind === (assign ? "ASSIGNMENT" : "REFUSAL"));
    const reasons = [...keep, reviewerReason({ outcome, text: review.reason ?? "", reviewerId, reviewId: review.id })];
    const decision = await tx.decision.create({
      data: {
        applicationId: app.id,
        outcome,
        memberCount: proposal.memberCount,
        criterionQepik: proposal.criterionQepik,
        incomeQepik: proposal.incomeQepik,
        amountQepik: assign ? proposal.amountQepik : null,
        periodFrom: assign ? proposal.periodFrom : null,
        periodTo: assign ? proposal.periodTo : null,
        reasons: reasons as unknown as Prisma.InputJsonValue,
        rulesChecked: proposal.rulesChecked as Prisma.InputJsonValue,
        figures: (proposal.figures ?? undefined) as Prisma.InputJsonValue | undefined,
        decidedBy: reviewerId,
        final: true,
        supersedesId: proposal.id,
      },
    });
    await advanceStatusIn(tx, app, {
      from: OPEN_STATUSES,
      to: assign ? "ASSIGNED" : "REFUSED",
      now: opts.now,
      actorUserId: reviewerId,
    });
    return { kind: "DECIDED" as const, decisionId: decision.id, outcome };
  });
}
