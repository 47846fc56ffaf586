import { inngest } from "@/inngest/client";
import { visitBooked } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { visitBookingNotice } from "@/server/services/inspections/visit-booking-notice";
import { notify } from "./steps/notify-steps";

/**
 * After staff book or move a home visit by hand (issue 17): the family is told the day, half-day and inspector by
 * its channel, with the other channel as fallback. The booking's service has usually queued the message already;
 * the outbox's dedupe key (one per booking) makes this run find it. A booking overtaken by a newer one is not told.
 */
export const onVisitBooked = inngest.createFunction(
  // One run per booking: the event's id (inspection-booked-<visit>-<booking>) drops a repeated send.
  { id: "tell-visit-booking", retries: 5, triggers: [visitBooked] },
  async ({ event, step }) => {
    const { applicationId, inspectionId, booking } = event.data;
    const data = await step.run("read-visit-booking", () => visitBookingNotice(getDb(), inspectionId, booking));
    if (!data) return { inspectionId, booking, told: false };
    const sent = await notify(step, "visit-booking", { applicationId, kind: "VISIT_RESCHEDULED", data: () => data });
    return { inspectionId, booking, told: true, status: sent.status };
  },
);
