import { shortName } from "@/server/content/notices/short-name";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { hoursOf, type ToldHours } from "@/server/domain/visit-window";
import { toldHalfDay } from "./told-half-day";

/**
 * What the family is told of a booked visit: the day, the half-day window (the visit's place among the inspector's
 * visits of that day, in booking order, against the inspector's daily capacity) and the inspector's short name.
 * Read when the notice is queued, so a visit booked or moved by hand is told the same way. The half-day told is
 * kept on the visit (`toldWindow`): a visit cancelled earlier that day must not move the hours the family's page
 * and the staff calendar show after the SMS went. The first reading is kept, so a retried step tells the same.
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
      toldWindow: true,
      bookingCount: true,
      inspectorId: true,
      inspector: { select: { name: true, dailyInspectionCapacity: true } },
    },
  });
  if (!visit.scheduledFor) throw new Error(`inspection ${inspectionId} has no day booked`);
  const date = calendarDateFromDb(visit.scheduledFor);
  if (!visit.inspectorId || !visit.inspector) return { date, attempt: visit.attempt };
  const halfDay = await keepTold(db, visit.id, await toldHalfDay(db, visit));
  return {
    date,
    attempt: visit.attempt,
    ...(halfDay ? { window: hoursOf(halfDay) } : {}),
    inspector: shortName(visit.inspector.name),
  };
}

/** Keeps the scheduler's half-day once told; a reading already kept (a retry, a second step) wins. */
async function keepTold(db: Db, inspectionId: string, told: ToldHours | null): Promise<ToldHours | null> {
  if (told !== "MORNING" && told !== "AFTERNOON") return told;
  const kept = await db.inspection.updateMany({
    where: { id: inspectionId, toldWindow: null, timeWindow: null, bookingCount: 0 },
    data: { toldWindow: told },
  });
  if (kept.count === 1) return told;
  const visit = await db.inspection.findUniqueOrThrow({ where: { id: inspectionId }, select: { toldWindow: true } });
  return visit.toldWindow ?? told;
}
