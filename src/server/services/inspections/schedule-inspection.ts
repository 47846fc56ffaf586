import type { Db } from "@/server/db/create-client";
import { isOpenStatus } from "@/kernel/application-statuses";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";

import { addWorkingDays, decisionDeadline, isWorkingDay, type HolidayCalendar } from "@/server/domain";

import { addDays, type IsoDate } from "@/kernel/calendar-date";

import { recordAudit } from "@/server/services/audit/record-audit";

import { advanceStatusIn, lockApplication, type Tx } from "@/server/services/applications/advance-status";
import { bakuDate } from "@/kernel/calendar-date";

import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { decisionDeadlineDays } from "@/server/services/law/law-data";
import { BOOKABLE_INSPECTOR } from "./bookable-inspector";
import { noInspectorNote } from "@/kernel/visit-system-notes";

/** Working days kept free between the last possible visit and the decision deadline, to decide and review. */
export const DECISION_MARGIN_WORKING_DAYS = 2;

export type ScheduledInspection =
  | { kind: "SCHEDULED"; inspectionId: string; attempt: number; inspectorId: string; date: IsoDate; waitUntil: string }
  /** Nobody in the district has a free day before the deadline: the district's supervisors are told. */
  | {
      kind: "ESCALATED";
      inspectionId: string;
      attempt: number;
      supervisorIds: string[];
      dueOn: IsoDate;
      waitUntil: string;
    }
  | { kind: "CLOSED" };

/**
 * Assigns the home visit (`attempt` 1, or 2 after a missed visit) to an inspector of the family's district: the
 * earliest working day from tomorrow that still leaves DECISION_MARGIN_WORKING_DAYS before the decision deadline,
 * and on that day the inspector with the fewest visits who has capacity left. Runs under an advisory lock per
 * district, so two applications scheduled at once count each other's visits and never overbook anyone.
 * Idempotent: the inspection row of (application, attempt) is unique, and a retried step returns it.
 */
export async function scheduleInspection(
  db: Db,
  opts: { applicationId: string; attempt: number; now: Date },
): Promise<ScheduledInspection> {
  const today = bakuDate(opts.now);
  const year = Number(today.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year + 1);
  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, opts.applicationId);
    if (!app || app.status === "WITHDRAWN") return { kind: "CLOSED" as const };
    // A visit booked before is the answer even once the application is decided: the try that booked it may have
    // gone on to the decision before its steps were reported, and this is the run replaying it.
    const existing = await tx.inspection.findUnique({
      where: { applicationId_attempt: { applicationId: app.id, attempt: opts.attempt } },
    });
    if (!existing && !isOpenStatus(app.status)) return { kind: "CLOSED" as const };
    const dueOn = await dueDateOf(tx, app.id, today, calendar);
    if (existing) return describe(tx, existing, app.districtCode, dueOn, calendar);

    const district = app.districtCode ?? "";
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inspection-schedule:${district}`}))`;
    const slot = await findSlot(tx, district, today, dueOn, calendar);
    if (slot) {
      const row = await tx.inspection.create({
        data: {
          applicationId: app.id,
          attempt: opts.attempt,
          inspectorId: slot.inspectorId,
          scheduledFor: calendarDateToDb(slot.date),
          status: "SCHEDULED",
        },
      });
      await advanceStatusIn(tx, app, { from: ["SUBMITTED"], to: "INSPECTION_SCHEDULED", now: opts.now });
      return describe(tx, row, app.districtCode, dueOn, calendar);
    }
    // Escalation (design): an unassigned inspection row marks the case for the supervisor, who arranges the
    // visit by hand; the chain keeps waiting for "inspection/completed" as usual.
    const row = await tx.inspection.create({
      data: {
        applicationId: app.id,
        attempt: opts.attempt,
        status: "SCHEDULED",
        note: noInspectorNote(dueOn),
      },
    });
    await recordAudit(tx, {
      actor: null,
      action: "inspection.escalated",
      entity: "Inspection",
      entityId: row.id,
      applicationId: app.id,
      districtCode: app.districtCode,
      details: { reason: "NO_INSPECTOR_CAPACITY", attempt: opts.attempt, dueOn },
    });
    return describe(tx, row, app.districtCode, dueOn, calendar);
  });
}

async function dueDateOf(tx: Tx, applicationId: string, today: IsoDate, calendar: HolidayCalendar): Promise<IsoDate> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { decisionDueOn: true, applicationDate: true },
  });
  if (app.decisionDueOn) return calendarDateFromDb(app.decisionDueOn);
  const from = app.applicationDate ? calendarDateFromDb(app.applicationDate) : today;
  return decisionDeadline(from, calendar, await decisionDeadlineDays(tx, from));
}

async function describe(
  tx: Tx,
  row: { id: string; attempt: number; inspectorId: string | null; scheduledFor: Date | null },
  districtCode: string | null,
  dueOn: IsoDate,
  calendar: HolidayCalendar,
): Promise<ScheduledInspection> {
  if (row.inspectorId && row.scheduledFor) {
    const date = calendarDateFromDb(row.scheduledFor);
    // One working day of grace after the visit: a tablet that was offline on the day still gets its result in.
    const waitUntil = endOfBakuDay(addWorkingDays(date, 1, calendar));
    return {
      kind: "SCHEDULED",
      inspectionId: row.id,
      attempt: row.attempt,
      inspectorId: row.inspectorId,
      date,
      waitUntil,
    };
  }
  const supervisors = await tx.user.findMany({
    where: { role: "SUPERVISOR", active: true, districtCode: districtCode ?? "" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const waitUntil = endOfBakuDay(latestVisitDay(dueOn, calendar));
  return {
    kind: "ESCALATED",
    inspectionId: row.id,
    attempt: row.attempt,
    supervisorIds: supervisors.map((s) => s.id),
    dueOn,
    waitUntil,
  };
}

/** The last moment of a calendar day in Baku (UTC+4 all year since 2016), as an ISO timestamp. */
export function endOfBakuDay(date: IsoDate): string {
  return new Date(`${date}T23:59:59+04:00`).toISOString();
}

/** Candidate visit days: working days from tomorrow while DECISION_MARGIN_WORKING_DAYS remain before `dueOn`. */
export function candidateDays(today: IsoDate, dueOn: IsoDate, calendar: HolidayCalendar): IsoDate[] {
  const lastDay = latestVisitDay(dueOn, calendar);
  const days: IsoDate[] = [];
  for (let d = addWorkingDays(today, 1, calendar); d <= lastDay; d = addWorkingDays(d, 1, calendar)) days.push(d);
  return days;
}

function latestVisitDay(dueOn: IsoDate, calendar: HolidayCalendar): IsoDate {
  let d = dueOn;
  let margin = DECISION_MARGIN_WORKING_DAYS;
  while (margin > 0) {
    d = addDays(d, -1);
    if (isWorkingDay(d, calendar)) margin -= 1;
  }
  return d;
}

async function findSlot(tx: Tx, districtCode: string, today: IsoDate, dueOn: IsoDate, calendar: HolidayCalendar) {
  const days = candidateDays(today, dueOn, calendar);
  const inspectors = await tx.user.findMany({
    where: { ...BOOKABLE_INSPECTOR, districtCode, dailyInspectionCapacity: { gt: 0 } },
    select: { id: true, dailyInspectionCapacity: true },
    orderBy: { id: "asc" },
  });
  if (days.length === 0 || inspectors.length === 0) return null;
  const booked = await tx.inspection.groupBy({
    by: ["inspectorId", "scheduledFor"],
    where: {
      inspectorId: { in: inspectors.map((i) => i.id) },
      // A visit already made (or missed) on its day still took that day's capacity; only a cancelled one frees it.
      status: { in: ["SCHEDULED", "COMPLETED", "MISSED"] },
      scheduledFor: { gte: calendarDateToDb(days[0]!), lte: calendarDateToDb(days[days.length - 1]!) },
    },
    _count: { _all: true },
  });
  const visits = new Map(
    booked.map((b) => [`${b.inspectorId} ${b.scheduledFor ? calendarDateFromDb(b.scheduledFor) : ""}`, b._count._all]),
  );
  // Leave and sickness, entered by an administrator or the district's supervisor: no visit on those days.
  const absences = await tx.staffAbsence.findMany({
    where: {
      userId: { in: inspectors.map((i) => i.id) },
      fromDate: { lte: calendarDateToDb(days[days.length - 1]!) },
      toDate: { gte: calendarDateToDb(days[0]!) },
    },
    select: { userId: true, fromDate: true, toDate: true },
  });
  const away = (inspectorId: string, date: IsoDate) =>
    absences.some(
      (a) => a.userId === inspectorId && calendarDateFromDb(a.fromDate) <= date && date <= calendarDateFromDb(a.toDate),
    );
  for (const date of days) {
    // Load balance: of those with capacity left that day, the one with the fewest visits (then by id, stably).
    let best: { inspectorId: string; visits: number } | null = null;
    for (const inspector of inspectors) {
      if (away(inspector.id, date)) continue;
      const count = visits.get(`${inspector.id} ${date}`) ?? 0;
      if (count >= (inspector.dailyInspectionCapacity ?? 0)) continue;
      if (!best || count < best.visits) best = { inspectorId: inspector.id, visits: count };
    }
    if (best) return { inspectorId: best.inspectorId, date };
  }
  return null;
}
