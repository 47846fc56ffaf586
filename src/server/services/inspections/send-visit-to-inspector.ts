import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { isIsoDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import type { AnnounceVisitBooking } from "./announce-visit-booking";
import { bookVisit, type BookedVisit } from "./book-visit";

export const ZSendVisitToInspector = z.strictObject({
  inspectionId: z.string().min(1).max(60),
  inspectorId: z.string().min(1).max(60),
  /** Another day as well; without it the visit keeps its day. */
  date: z.string().refine(isIsoDate, "errors.invalidInput").optional(),
});
export type SendVisitToInspector = z.infer<typeof ZSendVisitToInspector>;

/**
 * A visit goes to another inspector of the district, on its own day and half-day unless another day is given: a
 * hand booking (`bookVisit`) with the same checks, audit and notice. The old inspector's tablet list loses it and
 * the new one's shows it, as both read the visit's row.
 */
export async function sendVisitToInspector(
  db: Db,
  actor: SessionUser,
  input: SendVisitToInspector,
  now: Date,
  deps: { announce: AnnounceVisitBooking },
): Promise<BookedVisit> {
  if (!actor.districtCode) throw new AppError("forbidden");
  const visit = await db.inspection.findFirst({
    where: { id: input.inspectionId, application: { districtCode: actor.districtCode } },
    select: { scheduledFor: true, timeWindow: true },
  });
  if (!visit) throw new AppError("notFound");
  const date = input.date ?? (visit.scheduledFor ? calendarDateFromDb(visit.scheduledFor) : null);
  // A visit nobody was booked for has no day to keep: it is booked on the calendar instead.
  if (!date) throw new AppError("visitDayNotWorking");
  return bookVisit(db, actor, { ...input, date, timeWindow: visit.timeWindow }, now, deps);
}
