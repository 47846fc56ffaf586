import { inngest } from "@/inngest/client";
import { applicationSubmitted } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { findUnannouncedSubmissions, recordReannouncements } from "@/server/services/chain/find-unannounced-submissions";

/**
 * Every 10 minutes: announces again the submissions whose run never started. The event id is the submit's own,
 * so an announcement that did arrive is dropped as a duplicate, and the chain's idempotency key (the application
 * id) keeps a second run from starting beside a slow first one.
 */
export const sweepUnannouncedSubmissions = inngest.createFunction(
  { id: "sweep-unannounced-submissions", retries: 3, triggers: [{ cron: "*/10 * * * *" }] },
  async ({ step }) => {
    const ids = await step.run("find-unannounced-submissions", () => findUnannouncedSubmissions(getDb(), { now: new Date() }));
    if (ids.length > 0) {
      await step.sendEvent(
        "announce-again",
        ids.map((applicationId) => applicationSubmitted.create({ applicationId }, { id: `application-submitted-${applicationId}` })),
      );
      await step.run("record-reannouncements", () => recordReannouncements(getDb(), ids));
    }
    return { announced: ids.length };
  },
);
