import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { isOpenStatus } from "@/kernel/application-statuses";
import { bakuDate, isIsoDate } from "@/kernel/calendar-date";
import { VISIT_WINDOWS } from "@/kernel/visit-window";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { isWorkingDay } from "@/server/domain";
import { AppError } from "@/server/errors";
import { advanceStatusIn, lockApplication } from "@/server/services/applications/advance-status";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import type { AnnounceVisitBooking } from "./announce-visit-booking";
import { visitBookingNotice } from "./visit-booking-notice";
import { BOOKABLE_INSPECTOR } from "./bookable-inspector";

export const ZBookVisit = z.strictObject({
  inspectionId: z.string().min(1).max(60),
  inspectorId: z.string().min(1).max(60),
  date: z.string().refine(isIsoDate, "errors.invalidInput"),
  /** The half-day the family is told; null (the scheduler's way): the whole working day. */
  timeWindow: z.enum(VISIT_WINDOWS).nullable(),
});
export type BookVisit = z.infer<typeof ZBookVisit>;

export interface BookedVisit {
  inspectionId: string;
  /** The visit's hand-booking number; unchanged when the same booking was asked for again. */
  booking: number;
  changed: boolean;
  /** The family's notice of this booking (null when nothing changed or the family has no contact). */
  notificationId: string | null;
}

/**
 * A caseworker or supervisor of the family's district books a home visit by hand, moves it to another day or
 * half-day, or sends it to another inspector of the district — the visit the scheduler could not book ("arrange the
 * visit") included. The scheduler's rules hold: a working day from tomorrow (on the holiday table), an active
 * inspector of the district, not absent that day, with a place left under the daily capacity; the per-district lock
 * keeps a hand booking and an automatic one from both taking an inspector's last place. Another district's visit or
 * inspector reads as not found. Audited; the family is told the day, half-day and inspector once per booking (the
 * outbox's dedupe key), and the delivery runs in the background (`announce`). Asking for the booking the visit
 * already has changes nothing, so a double click books once.
 */
export async function bookVisit(
  db: Db,
  actor: SessionUser,
  input: BookVisit,
  now: Date,
  deps: { announce: AnnounceVisitBooking },
): Promise<BookedVisit> {
  if ((actor.role !== "CASEWORKER" && actor.role !== "SUPERVISOR") || !actor.districtCode) {
    throw new AppError("forbidden");
  }
  const district = actor.districtCode;
  const today = bakuDate(now);
  const year = Number(input.date.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year);
  if (input.date <= today || !isWorkingDay(input.date, calendar)) throw new AppError("visitDayNotWorking");

  const booked = await db.$transaction(async (tx) => {
    const found = await tx.inspection.findFirst({
      where: { id: input.inspectionId, application: { districtCode: district } },
      select: { applicationId: true },
    });
    if (!found) throw new AppError("notFound");
    // The scheduler's order of locks: the application row, then the district's booking lock.
    const app = await lockApplication(tx, found.applicationId);
    if (!app) throw new AppError("notFound");
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inspection-schedule:${district}`}))`;
    const visit = await tx.inspection.findUniqueOrThrow({
      where: { id: input.inspectionId },
      select: { id: true, status: true, inspectorId: true, scheduledFor: true, timeWindow: true, bookingCount: true },
    });
    if (visit.status !== "SCHEDULED" || !isOpenStatus(app.status)) throw new AppError("visitNotOpen");
    const inspector = await tx.user.findFirst({
      where: { id: input.inspectorId, ...BOOKABLE_INSPECTOR, districtCode: district },
      select: { id: true, dailyInspectionCapacity: true },
    });
    if (!inspector) throw new AppError("notFound");
    const from = visit.scheduledFor ? calendarDateFromDb(visit.scheduledFor) : null;
    if (visit.inspectorId === inspector.id && from === input.date && visit.timeWindow === input.timeWindow) {
      return { applicationId: app.id, booking: visit.bookingCount, changed: false };
    }
    const day = calendarDateToDb(input.date);
    const [absent, taken] = await Promise.all([
      tx.staffAbsence.count({ where: { userId: inspector.id, fromDate: { lte: day }, toDate: { gte: day } } }),
      tx.inspection.count({
        where: {
          inspectorId: inspector.id,
          scheduledFor: day,
          // As the scheduler counts: a visit made or missed on its day took its place; a cancelled one did not.
          status: { in: ["SCHEDULED", "COMPLETED", "MISSED"] },
          id: { not: visit.id },
        },
      }),
    ]);
    if (absent > 0) throw new AppError("inspectorAbsent");
    if (taken >= (inspector.dailyInspectionCapacity ?? 0)) throw new AppError("inspectorFullyBooked");

    const booking = visit.bookingCount + 1;
    await tx.inspection.update({
      where: { id: visit.id },
      data: { inspectorId: inspector.id, scheduledFor: day, timeWindow: input.timeWindow, bookingCount: booking },
    });
    // A visit nobody could book left the application SUBMITTED; now it has a date as an automatic booking would.
    await advanceStatusIn(tx, app, { from: ["SUBMITTED"], to: "INSPECTION_SCHEDULED", now, actorUserId: actor.id });
    await recordAudit(tx, {
      actor,
      action: !visit.inspectorId
        ? "inspection.booked"
        : visit.inspectorId === inspector.id
          ? "inspection.moved"
          : "inspection.reassigned",
      entity: "Inspection",
      entityId: visit.id,
      applicationId: app.id,
      districtCode: district,
      details: {
        fromInspectorId: visit.inspectorId,
        toInspectorId: inspector.id,
        fromDate: from,
        toDate: input.date,
        timeWindow: input.timeWindow,
        booking,
      },
    });
    return { applicationId: app.id, booking, changed: true };
  });

  if (!booked.changed) return { inspectionId: input.inspectionId, ...booked, notificationId: null };
  const data = await visitBookingNotice(db, input.inspectionId, booked.booking);
  const notice = data
    ? await enqueueNotification(db, { applicationId: booked.applicationId, kind: "VISIT_RESCHEDULED", data })
    : null;
  await deps.announce(booked.applicationId, input.inspectionId, booked.booking);
  return {
    inspectionId: input.inspectionId,
    booking: booked.booking,
    changed: true,
    notificationId: notice?.notificationId ?? null,
  };
}
