import { allSettledOrThrow } from "@/kernel/all-settled-or-throw";
import { getDb } from "@/server/db/client";
import { currentStatus } from "@/server/services/applications/advance-status";
import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { prepareGather } from "@/server/services/agencies/gather-agency-data";
import { hasPreviousAssignment } from "@/server/services/decisions/check-repeat-rule";
import { scheduleInspection, type ScheduledInspection } from "@/server/services/inspections/schedule-inspection";
import { tellVisit } from "./inspection-steps";
import { fallBackIfFailed, sendNotice, type SentNotice, type Step } from "./notify-steps";

export type OpenedCase =
  | { open: false }
  | {
      open: true;
      /** A family assigned before: the repeat rule may spare the visit, so none is booked yet. */
      isRepeat: boolean;
      /** The first visit, booked here unless `isRepeat`. */
      visit: ScheduledInspection | null;
    };

/**
 * The case's opening in one step, its parts at once: the registration notice, the first visit's booking (then its
 * date to the family, after the registration notice), and the 20 agencies' answers. Nothing is gained by
 * retrying them apart, as each is safe to run again (the outbox finds its rows by dedupe key, the booking its
 * inspection row, the gather the answers it stored and asks only the missing agencies), and the agencies' L no
 * longer waits behind the steps before it (docs/background-chain.md). A family assigned before gets only the
 * notice and the answers: the repeat rule needs the answers before a visit is booked. A closed application opens
 * nothing. A message whose channel failed for good goes by the other channel afterwards, in steps of its own.
 */
export async function openCase(step: Step, applicationId: string, runId: string): Promise<OpenedCase> {
  const opened = await step.run("open-case", async () => {
    // The gather's reads go with the open check (one round trip less before the agencies are asked); nobody is
    // asked until the check has passed, and a closed application's reads (or their error) are dropped.
    const gather = prepareGather({ applicationId, requestedBy: `inngest:${runId}` }, defaultAgencyDeps());
    gather.catch(() => undefined);
    const [status, isRepeat] = await Promise.all([
      currentStatus(getDb(), applicationId),
      hasPreviousAssignment(getDb(), applicationId),
    ]);
    // Only a withdrawn application ends the run here. One already decided was decided by an earlier try of this
    // run whose finished steps never reached the engine (its instance was killed before it reported them): the
    // run goes on, and each step after finds what that try wrote (the decision, the notices, the bank order).
    if (!status || status === "WITHDRAWN") return { open: false as const };
    const [told, gathered] = await allSettledOrThrow([
      registerAndBook(applicationId, isRepeat),
      gather.then((g) => g.ask()),
    ]);
    // The gather's counts stay in the step's result, for whoever reads the run.
    return { open: true as const, isRepeat, visit: told.visit, notices: told.notices, gathered };
  });
  if (!opened.open) return opened;
  for (const sent of opened.notices) await fallBackIfFailed(step, sent.key, sent);
  return { open: true, isRepeat: opened.isRepeat, visit: opened.visit };
}

/** The registration notice and, at the same time, the visit's booking; the visit's date follows the notice. */
async function registerAndBook(
  applicationId: string,
  isRepeat: boolean,
): Promise<{ visit: ScheduledInspection | null; notices: SentNotice[] }> {
  const registration = () =>
    sendNotice("registration-notice", { applicationId, kind: "REGISTRATION_NOTICE", data: () => ({}) });
  if (isRepeat) return { visit: null, notices: [await registration()] };
  const [registered, visit] = await allSettledOrThrow([
    registration(),
    scheduleInspection(getDb(), { applicationId, attempt: 1, now: new Date() }),
  ]);
  return { visit, notices: [registered, ...(await tellVisit(applicationId, visit))] };
}
