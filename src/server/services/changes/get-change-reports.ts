import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { reportedIncome } from "@/lib/changes/change-report";
import { reportedChangeSubject } from "@/lib/changes/reported-change";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { changeReportable } from "./change-reportable";

/**
 * The family's own view of changes on its application: whether it may report one now (its assignment runs and no
 * report is open), the family on file to pick from, and its reports with their outcome and the month it rules from.
 */
export async function getChangeReports(db: Db, user: SessionUser, applicationId: string, now: Date) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: user.id },
    select: {
      id: true,
      status: true,
      members: { orderBy: { position: "asc" }, select: { fin: true, firstName: true, lastName: true, relation: true } },
      declaredIncomes: { select: { memberFin: true, type: true } },
    },
  });
  if (!app) throw new AppError("notFound");
  const reports = await db.changeReport.findMany({ where: { applicationId: app.id }, orderBy: { createdAt: "asc" } });
  const decisions = await db.decision.findMany({
    where: { id: { in: reports.flatMap((r) => (r.resultDecisionId ? [r.resultDecisionId] : [])) } },
    select: { id: true, outcome: true, amountQepik: true, effectiveFrom: true },
  });
  const { canReport, periodFrom } = await changeReportable(db, app, reports, bakuDate(now));
  return {
    canReport,
    periodFrom,
    members: app.members.map((m) => ({ fin: m.fin, name: `${m.firstName} ${m.lastName}`, relation: m.relation })),
    incomes: app.declaredIncomes,
    reports: reports.map((r) => {
      const d = decisions.find((x) => x.id === r.resultDecisionId);
      return {
        id: r.id,
        kind: r.kind,
        /** The income gained or lost, named as the family chose it (a job with a labour contract, …). */
        income: reportedIncome(r.details),
        /** Whom it concerns (by name) and the income's monthly amount, where the change has them. */
        ...reportedChangeSubject(r.details, app.members),
        changedOn: calendarDateFromDb(r.changedOn),
        reportedOn: calendarDateFromDb(r.reportedOn),
        reportDueOn: calendarDateFromDb(r.reportDueOn),
        reportedInTime: r.reportedInTime,
        status: r.status,
        // Told at the office and recorded by staff; their note is theirs and stays with them.
        atOffice: r.byStaff,
        decision: d
          ? {
              outcome: d.outcome,
              amountQepik: d.amountQepik,
              effectiveFrom: d.effectiveFrom ? calendarDateFromDb(d.effectiveFrom) : null,
            }
          : null,
      };
    }),
  };
}
