import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { MessageDataInput } from "@/server/content/notices/message-data";
import { shortName } from "@/server/content/notices/short-name";

/** The outbox's discriminator of one hand booking: each booking of a visit is told once. */
export const visitBookingId = (inspectionId: string, booking: number) => `${inspectionId}-${booking}`;

/**
 * What the family is told about booking `booking` of a visit: its day, half-day and inspector. Null when the visit
 * was booked again since (that booking has its own notice) or is no longer to be made, so no stale date is sent,
 * and when the family gave neither phone nor e-mail (a paper application is told by letter).
 */
export async function visitBookingNotice(
  db: Db,
  inspectionId: string,
  booking: number,
): Promise<MessageDataInput<"VISIT_RESCHEDULED"> | null> {
  const row = await db.inspection.findUnique({
    where: { id: inspectionId },
    select: {
      status: true,
      attempt: true,
      bookingCount: true,
      scheduledFor: true,
      timeWindow: true,
      inspector: { select: { name: true } },
      application: { select: { contactEmail: true, contactPhone: true } },
    },
  });
  if (!row || row.status !== "SCHEDULED" || row.bookingCount !== booking) return null;
  if (!row.scheduledFor || !row.inspector) return null;
  if (!row.application.contactEmail && !row.application.contactPhone) return null;
  return {
    bookingId: visitBookingId(inspectionId, booking),
    date: calendarDateFromDb(row.scheduledFor),
    attempt: row.attempt,
    timeWindow: row.timeWindow,
    // First name and surname initial, as in every visit notice (docs/inspector-tablet.md).
    inspectorName: shortName(row.inspector.name),
  };
}
