import type { Db } from "@/server/db/create-client";
import { OPEN_STATUSES } from "@/kernel/application-statuses";
import { calendarDateFromDb } from "@/server/db/calendar-date";

import type { IsoDate } from "@/kernel/calendar-date";
import { recordAudit } from "@/server/services/audit/record-audit";

import { bakuDate } from "@/kernel/calendar-date";

import { loadHolidayCalendar, workingDaysBetween } from "@/server/services/law/law-data";

/** An undecided application with this many working days or fewer left before its deadline is escalated. */
export const AT_RISK_WORKING_DAYS = 3;

export interface DeadlineWatch {
  today: IsoDate;
  /** Not decided, deadline not passed, ≤ AT_RISK_WORKING_DAYS left: the supervisors are told once. */
  atRisk: { applicationId: string; dueOn: IsoDate; workingDaysLeft: number; supervisorIds: string[] }[];
  /** Not decided and the deadline has passed: the family is told once (DECISION_LATE). */
  late: { applicationId: string; dueOn: IsoDate }[];
}

/** Finds the open applications whose 15-working-day deadline is near or passed, on the Baku calendar day of `now`. */
export async function findDeadlinesAtRisk(db: Db, opts: { now: Date }): Promise<DeadlineWatch> {
  const today = bakuDate(opts.now);
  const year = Number(today.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year + 1);
  // AT_RISK_WORKING_DAYS working days are never more than ~3 weeks of calendar days (holidays included).
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + 21);
  const apps = await db.application.findMany({
    where: { status: { in: [...OPEN_STATUSES] }, decisionDueOn: { not: null, lte: horizon } },
    select: { id: true, decisionDueOn: true, districtCode: true },
    orderBy: { decisionDueOn: "asc" },
  });
  const supervisors = await db.user.findMany({
    where: { role: "SUPERVISOR", active: true },
    select: { id: true, districtCode: true },
    orderBy: { id: "asc" },
  });
  const watch: DeadlineWatch = { today, atRisk: [], late: [] };
  for (const app of apps) {
    if (!app.decisionDueOn) continue;
    const dueOn = calendarDateFromDb(app.decisionDueOn);
    if (dueOn < today) {
      watch.late.push({ applicationId: app.id, dueOn });
      continue;
    }
    const workingDaysLeft = workingDaysBetween(today, dueOn, calendar);
    if (workingDaysLeft <= AT_RISK_WORKING_DAYS) {
      const supervisorIds = supervisors.filter((s) => s.districtCode === app.districtCode).map((s) => s.id);
      watch.atRisk.push({ applicationId: app.id, dueOn, workingDaysLeft, supervisorIds });
    }
  }
  return watch;
}

/** The audit row of an escalation, written once per application (the notification's dedupe key does the rest). */
export async function recordDeadlineEscalation(
  db: Db,
  opts: { applicationId: string; dueOn: IsoDate; workingDaysLeft: number },
): Promise<boolean> {
  const seen = await db.auditLog.findFirst({
    where: { applicationId: opts.applicationId, action: "application.deadlineAtRisk" },
    select: { id: true },
  });
  if (seen) return false;
  const app = await db.application.findUniqueOrThrow({
    where: { id: opts.applicationId },
    select: { districtCode: true },
  });
  await recordAudit(db, {
    actor: null,
    action: "application.deadlineAtRisk",
    entity: "Application",
    entityId: opts.applicationId,
    applicationId: opts.applicationId,
    districtCode: app.districtCode,
    details: { dueOn: opts.dueOn, workingDaysLeft: opts.workingDaysLeft },
  });
  return true;
}
