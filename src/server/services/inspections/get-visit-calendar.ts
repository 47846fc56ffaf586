import { z } from "zod";
import type { AbsenceKind, InspectionStatus, VisitWindow } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { isOpenStatus } from "@/kernel/application-statuses";
import { bakuDate, type IsoDate } from "@/kernel/calendar-date";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { addWorkingDays, decisionDeadline } from "@/server/domain";
import { AppError } from "@/server/errors";
import { decisionDeadlineDays, loadHolidayCalendar } from "@/server/services/law/law-data";
import { BOOKABLE_INSPECTOR } from "./bookable-inspector";
import { toldHalfDay } from "./told-half-day";
import type { ToldHours } from "@/server/domain/visit-window";

export const ZVisitCalendarRequest = z.strictObject({ inspectionId: z.string().min(1).max(60) });

/** Working days shown at least, and how many past the decision deadline when it falls later. */
const MIN_DAYS = 10;
const DAYS_PAST_DEADLINE = 3;
const MAX_DAYS = 30;

export interface CalendarDay {
  date: IsoDate;
  /** The application's decision deadline falls on this day. */
  isDeadline: boolean;
  /** A visit this day comes after the decision deadline: the decision will be late. */
  afterDeadline: boolean;
}

export interface InspectorDay {
  date: IsoDate;
  booked: number;
  absence: AbsenceKind | null;
  /** Present with a place left for this visit (its own booking that day does not count against it). */
  free: boolean;
}

export interface VisitCalendar {
  visit: {
    inspectionId: string;
    applicationId: string;
    registrationNumber: string | null;
    attempt: number;
    status: InspectionStatus;
    inspectorId: string | null;
    scheduledFor: IsoDate | null;
    timeWindow: VisitWindow | null;
    /** What the family was told: the half-day or whole day ("DAY") booked, or the scheduler's half-day (toldHalfDay). */
    toldWindow: ToldHours | null;
    /** Still to be made on an open application: it may be booked, moved or sent to another inspector. */
    bookable: boolean;
  };
  dueOn: IsoDate;
  days: CalendarDay[];
  inspectors: { id: string; name: string; capacity: number; days: InspectorDay[] }[];
}

/**
 * The district's inspectors over the coming working days (Baku calendar, holidays from the holiday table) for one
 * visit: each day's booked visits against the inspector's capacity, absences, and the application's decision
 * deadline. For caseworkers and supervisors of the district; another district's visit reads as not found. It shows
 * staff's own workload and no family data beyond the registration number, so it is not an audited read.
 */
export async function getVisitCalendar(
  db: Db,
  actor: SessionUser,
  input: z.infer<typeof ZVisitCalendarRequest>,
  now: Date,
): Promise<VisitCalendar> {
  if ((actor.role !== "CASEWORKER" && actor.role !== "SUPERVISOR") || !actor.districtCode) {
    throw new AppError("forbidden");
  }
  const district = actor.districtCode;
  const visit = await db.inspection.findFirst({
    where: { id: input.inspectionId, application: { districtCode: district } },
    select: {
      id: true,
      attempt: true,
      status: true,
      inspectorId: true,
      scheduledFor: true,
      timeWindow: true,
      toldWindow: true,
      bookingCount: true,
      createdAt: true,
      inspector: { select: { dailyInspectionCapacity: true } },
      application: {
        select: { id: true, registrationNumber: true, status: true, decisionDueOn: true, applicationDate: true },
      },
    },
  });
  if (!visit) throw new AppError("notFound");
  const today = bakuDate(now);
  const year = Number(today.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year - 1, year + 1);
  const app = visit.application;
  const applied = app.applicationDate ? calendarDateFromDb(app.applicationDate) : today;
  const dueOn = app.decisionDueOn
    ? calendarDateFromDb(app.decisionDueOn)
    : decisionDeadline(applied, calendar, await decisionDeadlineDays(db, applied));

  const dates: IsoDate[] = [];
  for (let d = addWorkingDays(today, 1, calendar); dates.length < MAX_DAYS; d = addWorkingDays(d, 1, calendar)) {
    const pastDeadline = dates.filter((x) => x > dueOn).length;
    if (dates.length >= MIN_DAYS && pastDeadline >= DAYS_PAST_DEADLINE) break;
    dates.push(d);
  }
  const first = calendarDateToDb(dates[0]!);
  const last = calendarDateToDb(dates[dates.length - 1]!);

  const inspectors = await db.user.findMany({
    where: { ...BOOKABLE_INSPECTOR, districtCode: district },
    select: { id: true, name: true, dailyInspectionCapacity: true },
    orderBy: { name: "asc" },
  });
  const ids = inspectors.map((i) => i.id);
  const [booked, absences] = await Promise.all([
    db.inspection.groupBy({
      by: ["inspectorId", "scheduledFor"],
      where: {
        inspectorId: { in: ids },
        status: { in: ["SCHEDULED", "COMPLETED", "MISSED"] },
        scheduledFor: { gte: first, lte: last },
        // The visit itself does not take the place it would move to: its own day shows it as one of the booked.
        id: { not: visit.id },
      },
      _count: { _all: true },
    }),
    db.staffAbsence.findMany({
      where: { userId: { in: ids }, fromDate: { lte: last }, toDate: { gte: first } },
      select: { userId: true, kind: true, fromDate: true, toDate: true },
    }),
  ]);
  const counts = new Map(
    booked.map((b) => [`${b.inspectorId} ${b.scheduledFor ? calendarDateFromDb(b.scheduledFor) : ""}`, b._count._all]),
  );
  const own = visit.scheduledFor ? calendarDateFromDb(visit.scheduledFor) : null;

  return {
    visit: {
      inspectionId: visit.id,
      applicationId: app.id,
      registrationNumber: app.registrationNumber,
      attempt: visit.attempt,
      status: visit.status,
      inspectorId: visit.inspectorId,
      scheduledFor: own,
      timeWindow: visit.timeWindow,
      toldWindow: await toldHalfDay(db, visit),
      bookable: visit.status === "SCHEDULED" && isOpenStatus(app.status),
    },
    dueOn,
    days: dates.map((date) => ({ date, isDeadline: date === dueOn, afterDeadline: date > dueOn })),
    inspectors: inspectors.map((inspector) => {
      const capacity = inspector.dailyInspectionCapacity ?? 0;
      return {
        id: inspector.id,
        name: inspector.name,
        capacity,
        days: dates.map((date) => {
          const others = counts.get(`${inspector.id} ${date}`) ?? 0;
          const mine = visit.inspectorId === inspector.id && own === date ? 1 : 0;
          const away = absences.find(
            (a) =>
              a.userId === inspector.id &&
              calendarDateFromDb(a.fromDate) <= date &&
              date <= calendarDateFromDb(a.toDate),
          );
          return { date, booked: others + mine, absence: away?.kind ?? null, free: !away && others < capacity };
        }),
      };
    }),
  };
}
