import { inspectionCompleted } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { getVisitNotice } from "@/server/services/inspections/get-visit-notice";
import { scheduleInspection, type ScheduledInspection } from "@/server/services/inspections/schedule-inspection";
import { settleInspection, type InspectionOutcome } from "@/server/services/inspections/settle-inspection";
import { visitWaitUntil } from "@/server/services/inspections/visit-wait-until";
import { allSettledOrThrow } from "@/kernel/all-settled-or-throw";
import { fallBackIfFailed, sendNotice, type SentNotice, type Step } from "./notify-steps";

/** How many times a wait is extended for a visit booked by hand to a later day than the chain waited for. */
const MAX_REBOOKED_WAITS = 3;

/**
 * What the family (the visit's date) or the district's supervisors (nobody is free) are told about a booking, for
 * use inside the step that booked it: the supervisors' messages go out at once.
 */
export async function tellVisit(applicationId: string, visit: ScheduledInspection): Promise<SentNotice[]> {
  if (visit.kind === "SCHEDULED")
    return [
      await sendNotice(`inspection-date-${visit.attempt}`, {
        applicationId,
        kind: "INSPECTION_DATE",
        data: () => getVisitNotice(getDb(), visit.inspectionId),
      }),
    ];
  if (visit.kind === "ESCALATED")
    return allSettledOrThrow(
      visit.supervisorIds.map((staffUserId) =>
        sendNotice(`inspection-escalation-${visit.attempt}-${staffUserId}`, {
          applicationId,
          kind: "REVIEW_REQUEST",
          data: () => ({ reviewId: `inspection-${visit.inspectionId}`, staffUserId, dueOn: visit.dueOn }),
        }),
      ),
    );
  return [];
}

/**
 * Books visit `attempt` and tells whom it concerns, in one step (both are safe to run again: the booking finds its
 * row, the messages theirs); a message whose channel failed for good then goes by the other channel. The step's id
 * is new with this shape (it was `schedule-inspection-<n>`, which returned the booking alone), so a run started
 * before replays no old result into it.
 */
export async function scheduleVisit(step: Step, applicationId: string, attempt: number): Promise<ScheduledInspection> {
  const booked = await step.run(`arrange-visit-${attempt}`, async () => {
    const visit = await scheduleInspection(getDb(), { applicationId, attempt, now: new Date() });
    return { visit, notices: await tellVisit(applicationId, visit) };
  });
  for (const sent of booked.notices) await fallBackIfFailed(step, sent.key, sent);
  return booked.visit;
}

/**
 * Waits for the visit's result until the visit's deadline. The row is read before the wait (the inspector may have
 * been quicker than this run) and after it; when the wait ends without a result, the visit counts as missed. A
 * result recorded in the instant between the read and the wait is told again by the sweep
 * (sweep-stalled-applications.ts), since a wait sees only events sent after it starts.
 */
export async function awaitVisit(
  step: Step,
  applicationId: string,
  visit: Exclude<ScheduledInspection, { kind: "CLOSED" }>,
): Promise<InspectionOutcome> {
  const { attempt } = visit;
  const before = await step.run(`check-inspection-${attempt}`, () =>
    settleInspection(getDb(), { applicationId, attempt, final: false, now: new Date() }),
  );
  if (before.state !== "PENDING") return before;
  let waitUntil = visit.waitUntil;
  let arrived = await step.waitForEvent(`wait-inspection-${attempt}`, {
    event: inspectionCompleted,
    match: "data.applicationId",
    timeout: new Date(waitUntil),
  });
  // Staff may have booked the visit by hand, or moved it, to a later day (issue 17): it is waited for until its
  // own day's grace ends instead of being counted missed. Bounded, so a visit moved again and again still ends.
  for (let round = 1; !arrived && round <= MAX_REBOOKED_WAITS; round += 1) {
    const later = await step.run(`read-visit-booking-${attempt}-${round}`, () =>
      visitWaitUntil(getDb(), { applicationId, attempt }),
    );
    if (!later || later <= waitUntil) break;
    waitUntil = later;
    arrived = await step.waitForEvent(`wait-inspection-${attempt}-${round}`, {
      event: inspectionCompleted,
      match: "data.applicationId",
      timeout: new Date(waitUntil),
    });
  }
  return step.run(`settle-inspection-${attempt}`, () =>
    settleInspection(getDb(), { applicationId, attempt, final: true, now: new Date() }),
  );
}
