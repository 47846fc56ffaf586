import { shortName } from "@/server/content/notices/short-name";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { hoursOf } from "@/server/domain/visit-window";
import { toldHalfDay } from "./told-half-day";

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
  const halfDay = await toldHalfDay(db, visit);
  return {
    date,
    attempt: visit.attempt,
    ...(halfDay ? { window: hoursOf(halfDay) } : {}),
    inspector: shortName(visit.inspector.name),
  };
}
