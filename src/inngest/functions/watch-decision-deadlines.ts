import { inngest } from "@/inngest/client";
import { getDb } from "@/server/db/client";
import { findDeadlinesAtRisk, recordDeadlineEscalation } from "@/server/services/decisions/watch-decision-deadlines";
import { notify } from "./steps/notify-steps";

/**
 * Every working morning in Baku: applications within AT_RISK_WORKING_DAYS of their 15-working-day deadline go to
 * the district's supervisors (once), and families whose decision is late are told so (once: the outbox's dedupe key).
 */
export const watchDecisionDeadlines = inngest.createFunction(
  { id: "watch-decision-deadlines", retries: 3, triggers: [{ cron: "TZ=Asia/Baku 0 9 * * *" }] },
  async ({ step }) => {
    const watch = await step.run("find-deadlines-at-risk", () => findDeadlinesAtRisk(getDb(), { now: new Date() }));
    for (const app of watch.atRisk) {
      const first = await step.run(`record-escalation-${app.applicationId}`, () =>
        recordDeadlineEscalation(getDb(), app),
      );
      if (!first) continue;
      for (const staffUserId of app.supervisorIds) {
        await notify(step, `deadline-escalation-${app.applicationId}-${staffUserId}`, {
          applicationId: app.applicationId,
          kind: "REVIEW_REQUEST",
          data: () => ({ reviewId: `deadline-${app.applicationId}`, staffUserId, dueOn: app.dueOn }),
        });
      }
    }
    for (const app of watch.late) {
      await notify(step, `decision-late-${app.applicationId}`, {
        applicationId: app.applicationId,
        kind: "DECISION_LATE",
        data: () => ({ dueOn: app.dueOn }),
      });
    }
    return { today: watch.today, atRisk: watch.atRisk.length, late: watch.late.length };
  },
);
