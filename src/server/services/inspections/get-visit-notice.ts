import { shortName } from "@/server/content/notices/short-name";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { hoursOf, visitWindow } from "@/server/domain/visit-window";

/** Visits that took a place in the inspector's day (a cancelled one gave its place back), as the scheduler counts. */
const TAKES_A_PLACE = ["SCHEDULED", "COMPLETED", "MISSED"] as const;

/**
 * What the family is told of a booked visit: the day, the half-day window (the visit's place among the inspector's
 * visits of that day, in booking order, against the inspector's daily capacity) and the inspector's short name.
 * Read when the notice is queued, so a visit booked or moved by hand is told the same way.
 */
export async function getVisitNotice(db: Db, inspectionId: string): Promise<MessageDataInput<"INSPECTION_DATE">> {
  const visit = await db.inspection.findUniqueOrThrow({
    where: { id: inspectionId },
    select: {
      id: true,
      attempt: true,
      scheduledFor: true,
      createdAt: true,
      timeWindow: true,
      inspectorId: true,
      inspector: { select: { name: true, dailyInspectionCapacity: true } },
    },
  });
  if (!visit.scheduledFor) throw new Error(`inspection ${inspectionId} has no day booked`);
  const date = calendarDateFromDb(visit.scheduledFor);
  if (!visit.inspectorId || !visit.inspector) return { date, attempt: visit.attempt };
  const inspector = shortName(visit.inspector.name);
  // A half-day staff booked on the calendar is what the family was promised.
  if (visit.timeWindow) return { date, attempt: visit.attempt, window: hoursOf(visit.timeWindow), inspector };
  const bookedBefore = await db.inspection.count({
    where: {
      inspectorId: visit.inspectorId,
      scheduledFor: visit.scheduledFor,
      status: { in: [...TAKES_A_PLACE] },
      OR: [{ createdAt: { lt: visit.createdAt } }, { createdAt: visit.createdAt, id: { lt: visit.id } }],
    },
  });
  return {
    date,
    attempt: visit.attempt,
    window: visitWindow(bookedBefore, visit.inspector.dailyInspectionCapacity),
    inspector,
  };
}
