import { inngest } from "@/inngest/client";
import { visitBooked } from "@/inngest/events";

/** Starts the family's notice of a booking made by hand; the event id (one per booking) makes a repeat harmless. */
export async function announceVisitBooking(
  applicationId: string,
  inspectionId: string,
  booking: number,
): Promise<void> {
  await inngest.send(
    visitBooked.create(
      { applicationId, inspectionId, booking },
      { id: `inspection-booked-${inspectionId}-${booking}` },
    ),
  );
}

export type AnnounceVisitBooking = typeof announceVisitBooking;
