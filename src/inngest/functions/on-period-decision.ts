import { inngest } from "@/inngest/client";
import { assignmentChanged, periodDecisionMade } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { periodDecisionMessage } from "@/server/services/changes/period-decision-notice";
import { notify } from "./steps/notify-steps";

/**
 * A decision during the period (a reassessment, a staff answer to one, a false-information finding): the family
 * is told by its channel in its language (once per decision: the outbox's dedupe key), and the assignment's months
 * are planned again from the decision's month (assignment/changed, whose handler applies replan.ts).
 */
export const onPeriodDecision = inngest.createFunction(
  { id: "announce-period-decision", idempotency: "event.data.decisionId", retries: 5, triggers: [periodDecisionMade] },
  async ({ event, step }) => {
    const { applicationId, decisionId } = event.data;
    await notify(step, "change-decision", {
      applicationId,
      kind: "CHANGE_DECISION",
      data: () => periodDecisionMessage(getDb(), decisionId),
    });
    await step.sendEvent(
      "assignment-changed",
      assignmentChanged.create({ applicationId, decisionId }, { id: `assignment-changed-${decisionId}` }),
    );
    return { decisionId };
  },
);
