import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { reportedIncome } from "@/lib/changes/change-report";
import { reportedChangeSubject } from "@/lib/changes/reported-change";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { changeReportable } from "./change-reportable";

/**
 * The change reports on a case, for the district's staff: what was reported, when, in time or not, by whom (the
 * family, or staff at the office with their note), and its outcome; and, for recording a change the family reports
 * at the office, whether one may be recorded now and the family on file to pick from. An audited read.
 */
export async function listCaseChangeReports(db: Db, user: SessionUser, applicationId: string, now: Date) {
  const scoped = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationScope(user)] },
    select: {
      id: true,
      status: true,
      districtCode: true,
      members: { orderBy: { position: "asc" }, select: { fin: true, firstName: true, lastName: true } },
    },
  });
  if (!scoped) throw new AppError("notFound");
  const rows = await db.changeReport.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
  await recordAudit(db, {
    actor: user,
    action: "change.listForCase",
    entity: "Application",
    entityId: applicationId,
    applicationId,
    districtCode: scoped.districtCode,
  });
  const proposals = await db.decision.findMany({
    where: { id: { in: rows.flatMap((r) => (r.proposalId ? [r.proposalId] : [])) } },
    select: { id: true, proposedOutcome: true, amountQepik: true },
  });
  // The decision each decided report led to: its outcome, amount and first month, linked in the case file.
  const results = await db.decision.findMany({
    where: { id: { in: rows.flatMap((r) => (r.resultDecisionId ? [r.resultDecisionId] : [])) } },
    select: { id: true, outcome: true, amountQepik: true, effectiveFrom: true },
  });
  const { canReport } = await changeReportable(db, scoped, rows, bakuDate(now));
  return {
    canReport,
    members: scoped.members.map((m) => ({ fin: m.fin, name: `${m.firstName} ${m.lastName}` })),
    reports: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      details: r.details,
      income: reportedIncome(r.details),
      ...reportedChangeSubject(r.details, scoped.members),
      changedOn: calendarDateFromDb(r.changedOn),
      reportedOn: calendarDateFromDb(r.reportedOn),
      reportDueOn: calendarDateFromDb(r.reportDueOn),
      reportedInTime: r.reportedInTime,
      status: r.status,
      byStaff: r.byStaff,
      staffNote: r.staffNote,
      proposal: proposals.find((p) => p.id === r.proposalId) ?? null,
      resultDecisionId: r.resultDecisionId,
      result:
        results
          .filter((d) => d.id === r.resultDecisionId)
          .map((d) => ({
            id: d.id,
            outcome: d.outcome,
            amountQepik: d.amountQepik,
            effectiveFrom: d.effectiveFrom ? calendarDateFromDb(d.effectiveFrom) : null,
          }))[0] ?? null,
    })),
  };
}
