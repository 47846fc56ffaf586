import type { VisitWindow as HalfDay } from "@/generated/prisma/enums";
import type { Db } from "@/server/db/create-client";
import { halfDayAt } from "@/server/domain/visit-window";

/** Visits that took a place in the inspector's day (a cancelled one gave its place back), as the scheduler counts. */
const TAKES_A_PLACE = ["SCHEDULED", "COMPLETED", "MISSED"] as const;

/** The columns of a visit its half-day is read from. */
export interface VisitPlace {
  id: string;
  createdAt: Date;
  scheduledFor: Date | null;
  timeWindow: HalfDay | null;
  inspectorId: string | null;
  inspector: { dailyInspectionCapacity: number | null } | null;
}

/**
 * The half-day the family is told for a visit: the one staff booked on the calendar, else the visit's place among
 * the inspector's visits of that day (in booking order, against the inspector's daily capacity). Null while the
 * visit has no day or no inspector. The visit notice and the staff calendar both read it here, so what staff see
 * is what the family was told.
 */
export async function toldHalfDay(db: Db, visit: VisitPlace): Promise<HalfDay | null> {
  if (visit.timeWindow) return visit.timeWindow;
  if (!visit.scheduledFor || !visit.inspectorId || !visit.inspector) return null;
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
