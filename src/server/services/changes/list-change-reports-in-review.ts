import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

/**
 * The district's change reports waiting for a person (the engine sent the reassessment to review), oldest first:
 * the staff home lists them with their count, each linking to the case page where it is answered.
 */
export async function listChangeReportsInReview(db: Db, user: SessionUser) {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  // A report holds its application's id without a relation: the district's scope is the applications' query.
  const open = await db.changeReport.findMany({
    where: { status: "IN_REVIEW" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, applicationId: true, kind: true, reportedOn: true, reportedInTime: true, proposalId: true },
  });
  const apps = await db.application.findMany({
    where: { id: { in: [...new Set(open.map((r) => r.applicationId))] }, ...applicationScope(user) },
    select: { id: true, registrationNumber: true, applicant: { select: { name: true } } },
  });
  const rows = open
    .flatMap((r) => {
      const application = apps.find((a) => a.id === r.applicationId);
      return application ? [{ ...r, application }] : [];
    })
    .slice(0, 200);
  if (rows.length > 0)
    await recordAudit(db, {
      actor: user,
      action: "change.listInReview",
      entity: "ChangeReport",
      districtCode: user.districtCode,
      details: { count: rows.length },
    });
  const proposals = await db.decision.findMany({
    where: { id: { in: rows.flatMap((r) => (r.proposalId ? [r.proposalId] : [])) } },
    select: { id: true, proposedOutcome: true },
  });
  return rows.map((r) => ({
    reportId: r.id,
    kind: r.kind,
    reportedOn: calendarDateFromDb(r.reportedOn),
    reportedInTime: r.reportedInTime,
    proposedOutcome: proposals.find((p) => p.id === r.proposalId)?.proposedOutcome ?? null,
    applicationId: r.application.id,
    registrationNumber: r.application.registrationNumber,
    applicantName: r.application.applicant.name,
  }));
}
