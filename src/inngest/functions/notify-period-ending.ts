import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { findPeriodEndings } from "@/server/services/payments/find-period-endings";
import { notify } from "./steps/notify-steps";

/**
 * Every morning in Baku: families whose assignment ends in a month are told so and invited to apply again
 * (docs/payments.md, "What the family sees"); once per assignment, by the outbox's dedupe key.
 */
export const notifyPeriodEnding = inngest.createFunction(
  { id: "notify-period-ending", retries: 3, triggers: [{ cron: "TZ=Asia/Baku 0 10 * * *" }] },
  async ({ step }) => {
    const found = await step.run("find-period-endings", () => findPeriodEndings(getDb(), { now: new Date() }));
    for (const a of found.due) {
      await notify(step, `period-ending-${a.applicationId}`, {
        applicationId: a.applicationId,
        kind: "PERIOD_ENDING",
        data: () => ({ periodTo: a.periodTo }),
      });
    }
    return { today: found.today, told: found.due.length };
  },
);
