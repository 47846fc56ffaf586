import type { VisitWindow as HalfDay } from "@/generated/prisma/enums";
import type { Db } from "@/server/db/create-client";
import { halfDayAt, type ToldHours } from "@/server/domain/visit-window";

/** Visits that took a place in the inspector's day (a cancelled one gave its place back), as the scheduler counts. */
const TAKES_A_PLACE = ["SCHEDULED", "COMPLETED", "MISSED"] as const;

/** The columns of a visit its half-day is read from. */
export interface VisitPlace {
  id: string;
  createdAt: Date;
  scheduledFor: Date | null;
  timeWindow: HalfDay | null;
  toldWindow: HalfDay | null;
  bookingCount: number;
  inspectorId: string | null;
  inspector: { dailyInspectionCapacity: number | null } | null;
}

/**
 * The hours the family is told for a visit. Booked by hand (`bookingCount` > 0): the half-day staff chose, or the
 * whole working day ("DAY"), as the booking's notice said. Booked by the scheduler: the half-day its notice told
 * (`toldWindow`, kept once told), else, before the notice, the visit's place among the inspector's visits of that
 * day (in booking order, against the inspector's daily capacity). Null while the visit has no day or no inspector.
 * The notices, the family's page and the staff calendar all read it here, so each says what the family was told.
 */
export async function toldHalfDay(db: Db, visit: VisitPlace): Promise<ToldHours | null> {
  if (visit.bookingCount > 0) return visit.timeWindow ?? "DAY";
  if (visit.timeWindow) return visit.timeWindow;
  if (!visit.scheduledFor || !visit.inspectorId || !visit.inspector) return null;
  if (visit.toldWindow) return visit.toldWindow;
  const bookedBefore = await db.inspection.count({
    where: {
      inspectorId: visit.inspectorId,
      scheduledFor: visit.scheduledFor,
      status: { in: [...TAKES_A_PLACE] },
      OR: [{ createdAt: { lt: visit.createdAt } }, { createdAt: visit.createdAt, id: { lt: visit.id } }],
    },
  });
  return halfDayAt(bookedBefore, visit.inspector.dailyInspectionCapacity);
}
