import { inngest } from "@/inngest/client";
import {
  appealAnswered,
  applicationSubmitted,
  bankReorderRequested,
  caseReviewed,
  changeReported,
  inspectionCompleted,
  periodDecisionMade,
} from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { bankReorderEventId } from "@/server/services/bank/announce-bank-reorder";
import { findUnannouncedAppealAnswers } from "@/server/services/appeals/find-unannounced-appeal-answers";
import { findUnannouncedReorders } from "@/server/services/bank/find-unannounced-reorders";
import {
  findUnannouncedSubmissions,
  recordReannouncements,
} from "@/server/services/applications/find-unannounced-submissions";
import {
  findUnannouncedChangeDecisions,
  findUnannouncedChangeReports,
} from "@/server/services/changes/find-unannounced-changes";
import { findUnheardResults } from "@/server/services/inspections/find-unheard-results";
import { resendFailedNotifications } from "@/server/services/notifications/resend-failed-notifications";

/** How often the sweep runs; also the bucket of the repeated events' ids, so each sweep sends one of each. */
const SWEEP_MINUTES = 10;

/**
 * Every 10 minutes, the chain's safety net (docs/background-chain.md):
 * - submissions, appeal answers and card accounts staff ordered again whose run never started are announced
 *   again, with their own event ids, so an announcement that did arrive is dropped as a duplicate (and the runs'
 *   idempotency keys keep a slow first run from a twin);
 * - change reports and their decisions whose announcement was lost likewise, and the family's change-decision
 *   message that failed at the provider after its step gave up is sent again as the same outbox row (its
 *   idempotency key: never twice);
 * - visit results and reviews the waiting run did not hear are told again, under a new id per sweep (the first
 *   event was accepted, just not seen by the wait); a run that is not waiting ignores them.
 */
export const sweepStalledApplications = inngest.createFunction(
  { id: "sweep-stalled-applications", retries: 3, triggers: [{ cron: `*/${SWEEP_MINUTES} * * * *` }] },
  async ({ step }) => {
    const ids = await step.run("find-unannounced-submissions", () =>
      findUnannouncedSubmissions(getDb(), { now: new Date() }),
    );
    if (ids.length > 0) {
      await step.sendEvent(
        "announce-again",
        ids.map((applicationId) =>
          applicationSubmitted.create({ applicationId }, { id: `application-submitted-${applicationId}` }),
        ),
      );
      await step.run("record-reannouncements", () => recordReannouncements(getDb(), ids));
    }
    const answers = await step.run("find-unannounced-appeal-answers", () =>
      findUnannouncedAppealAnswers(getDb(), { now: new Date() }),
    );
    if (answers.length > 0) {
      await step.sendEvent(
        "announce-answers-again",
        answers.map((a) => appealAnswered.create(a, { id: `appeal-answered-${a.appealId}` })),
      );
    }
    const reorders = await step.run("find-unannounced-reorders", () =>
      findUnannouncedReorders(getDb(), { now: new Date() }),
    );
    if (reorders.length > 0) {
      await step.sendEvent(
        "announce-reorders-again",
        reorders.map((r) => bankReorderRequested.create(r, { id: bankReorderEventId(r.orderId) })),
      );
    }
    // Changes during the period (issue 14): reports and decisions whose event was lost, and the family's
    // decision message that failed at the provider after its step gave up.
    const changes = await step.run("find-unannounced-changes", async () => ({
      reports: await findUnannouncedChangeReports(getDb(), { now: new Date() }),
      decisions: await findUnannouncedChangeDecisions(getDb(), { now: new Date() }),
    }));
    const changeEvents = [
      ...changes.reports.map((r) => changeReported.create(r, { id: `change-reported-${r.reportId}` })),
      ...changes.decisions.map((d) => periodDecisionMade.create(d, { id: `change-decided-${d.decisionId}` })),
    ];
    if (changeEvents.length > 0) await step.sendEvent("announce-changes-again", changeEvents);
    const resent = await step.run("resend-failed-change-notices", () =>
      resendFailedNotifications(getDb(), { kinds: ["CHANGE_DECISION"], now: new Date() }),
    );
    const sweep = await step.run("find-unheard-results", async () => ({
      ...(await findUnheardResults(getDb(), { now: new Date() })),
      bucket: Math.floor(Date.now() / (SWEEP_MINUTES * 60_000)),
    }));
    const retold = [
      ...sweep.inspections.map((i) =>
        inspectionCompleted.create(i, { id: `inspection-completed-${i.inspectionId}-retold-${sweep.bucket}` }),
      ),
      ...sweep.reviews.map((r) => caseReviewed.create(r, { id: `case-reviewed-${r.reviewId}-retold-${sweep.bucket}` })),
    ];
    if (retold.length > 0) await step.sendEvent("tell-results-again", retold);
    return {
      announced: ids.length + answers.length + reorders.length + changeEvents.length,
      retold: retold.length,
      resentNotices: resent.resent,
    };
  },
);
