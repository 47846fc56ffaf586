import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * The district's reviews still waiting for a person — to be answered, or (four eyes) confirmed — oldest
 * first, since the 15-working-day deadline runs from the application.
 */
export async function listReviewQueue(db: Db, user: SessionUser) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const rows = await db.caseReview.findMany({
    where: { status: { in: ["OPEN", "AWAITING_CONFIRMATION"] }, application: applicationScope(user) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      createdAt: true,
      reviewerId: true,
      outcome: true,
      reviewer: { select: { name: true } },
      assigneeId: true,
      assignee: { select: { name: true } },
      decision: { select: { proposedOutcome: true } },
      application: {
        select: { id: true, registrationNumber: true, decisionDueOn: true, applicant: { select: { name: true } } },
      },
    },
  });
  if (rows.length > 0)
    await recordAudit(db, {
      actor: user,
      action: "review.list",
      entity: "CaseReview",
      districtCode: user.districtCode,
      details: { count: rows.length },
    });
  return rows.map((r) => ({
    reviewId: r.id,
    status: r.status,
    openedAt: r.createdAt,
    applicationId: r.application.id,
    registrationNumber: r.application.registrationNumber,
    applicantName: r.application.applicant.name,
    decisionDueOn: iso(r.application.decisionDueOn),
    proposedOutcome: r.decision.proposedOutcome,
    answer: r.outcome,
    answeredBy: r.reviewer?.name ?? null,
    /** A supervisor cannot confirm their own answer: the page offers it to the others only. */
    answeredByMe: r.reviewerId === user.id,
    /** Null: no one is assigned and the review waits for anyone of the district. */
    assignedTo: r.assignee?.name ?? null,
    assignedToMe: r.assigneeId === user.id,
  }));
}
