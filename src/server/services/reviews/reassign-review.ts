import { z } from "zod";
import type { Prisma, ReviewStatus } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { recordAudit } from "@/server/services/audit/record-audit";
import { reviewInScope } from "./review-outcome";

export const ZReassignReview = z.strictObject({
  reviewId: z.string().min(1).max(64),
  assigneeId: z.string().min(1).max(64),
});
export type ReassignReviewInput = z.infer<typeof ZReassignReview>;

/**
 * Who may take a review over: active staff of the application's district, other than its current assignee. An
 * OPEN review needs an answer, which a caseworker or a supervisor gives; one AWAITING_CONFIRMATION needs the four
 * eyes' second pair, so only a supervisor other than the one who answered.
 */
export async function eligibleReviewAssignees(
  tx: Db | Prisma.TransactionClient,
  review: { status: ReviewStatus; reviewerId: string | null; assigneeId: string | null },
  districtCode: string | null,
): Promise<{ id: string; name: string; role: "CASEWORKER" | "SUPERVISOR" }[]> {
  if (!districtCode || review.status === "DONE") return [];
  const excluded = [review.assigneeId, review.status === "AWAITING_CONFIRMATION" ? review.reviewerId : null].filter(
    (id): id is string => id !== null,
  );
  const people = await tx.user.findMany({
    where: {
      active: true,
      districtCode,
      role: { in: review.status === "OPEN" ? ["CASEWORKER", "SUPERVISOR"] : ["SUPERVISOR"] },
      id: { notIn: excluded },
    },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return people.flatMap((p) => (p.role === "CASEWORKER" || p.role === "SUPERVISOR" ? [{ ...p, role: p.role }] : []));
}

/**
 * A supervisor of the district hands a waiting review to another eligible person of the district
 * (`eligibleReviewAssignees`). Another district's review reads as not found; an ineligible person is refused with
 * `reviewAssigneeIneligible`, a finished review with `reviewNotWaiting`. Audit `review.reassigned`.
 */
export async function reassignReview(db: Db, actor: SessionUser, input: ReassignReviewInput): Promise<HandedOver> {
  if (actor.role !== "SUPERVISOR" || !actor.districtCode) throw new AppError("forbidden");
  const districtCode = actor.districtCode;
  return db.$transaction(async (tx) => {
    const found = await tx.caseReview.findFirst({
      where: reviewInScope(actor, input.reviewId),
      select: { id: true, applicationId: true },
    });
    if (!found) throw new AppError("notFound");
    // Lock the review so that an answer or a confirmation and a handover cannot cross.
    await tx.$queryRaw`SELECT id FROM "CaseReview" WHERE id = ${found.id} FOR UPDATE`;
    const review = await tx.caseReview.findUniqueOrThrow({
      where: { id: found.id },
      select: { status: true, reviewerId: true, assigneeId: true },
    });
    if (review.status === "DONE") throw new AppError("reviewNotWaiting");
    const eligible = await eligibleReviewAssignees(tx, review, districtCode);
    if (!eligible.some((p) => p.id === input.assigneeId)) throw new AppError("reviewAssigneeIneligible");
    await tx.caseReview.update({ where: { id: found.id }, data: { assigneeId: input.assigneeId } });
    await recordAudit(tx, {
      actor,
      action: "review.reassigned",
      entity: "CaseReview",
      entityId: found.id,
      applicationId: found.applicationId,
      districtCode,
      details: { from: review.assigneeId, to: input.assigneeId },
    });
    const handover = await tx.auditLog.count({
      where: { entity: "CaseReview", entityId: found.id, action: "review.reassigned" },
    });
    const app = await tx.application.findUniqueOrThrow({
      where: { id: found.applicationId },
      select: { decisionDueOn: true },
    });
    return {
      applicationId: found.applicationId,
      reviewId: found.id,
      assigneeId: input.assigneeId,
      handover,
      dueOn: app.decisionDueOn ? calendarDateFromDb(app.decisionDueOn) : null,
    };
  });
}

/** A handover as the new assignee is told of it (`tellReviewHandover`): the n-th of the review. */
export interface HandedOver {
  applicationId: string;
  reviewId: string;
  assigneeId: string;
  handover: number;
  dueOn: string | null;
}
