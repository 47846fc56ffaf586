import { inngest } from "@/inngest/client";
import { appealAnswered, assignmentChanged } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { appealAnswerMessage, readAnsweredAppeal } from "@/server/services/appeals/appeal-answer-notice";
import { changesRunningMonths } from "@/server/services/payments/apply-assignment-change";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { openBankAccount } from "./steps/bank-steps";
import { notify } from "./steps/notify-steps";

/**
 * After a supervisor answers an appeal: tell the family (once per appeal: the outbox's dedupe key), and when the
 * answer assigns assistance to a family without a card account, order one and send the pickup notice (once per
 * decision: the order row). One run per appeal, whatever is sent twice.
 */
export const onAppealAnswered = inngest.createFunction(
  // The same retries as the application's run, so the messages' and the bank's own attempt counts decide.
  { id: "answer-appeal", idempotency: "event.data.appealId", retries: 5, triggers: [appealAnswered] },
  async ({ event, step }) => {
    const { applicationId, appealId } = event.data;
    const answered = await step.run("read-appeal-answer", () => readAnsweredAppeal(getDb(), appealId));
    if (!answered) return { appealId, ended: "NOT_ANSWERED" as const };
    await notify(step, "appeal-answer", {
      applicationId,
      kind: "APPEAL_ANSWER",
      data: () => appealAnswerMessage(getDb(), appealId),
    });
    // An answer that assigns where nothing was assigned plans its months (months already planned are kept: a change
    // to a running assignment is re-planned from its month by the assignment/changed handler, docs/payments.md).
    if (answered.outcome === "ASSIGN")
      await step.run("plan-entitlements", () => createEntitlements(getDb(), answered.decisionId, new Date()));
    // An answer about a running assignment (months planned from an earlier decision) changes it: its months are
    // re-planned and any paid short are paid in arrears, once per decision (the event's id).
    const running = await step.run("find-running-months", () =>
      changesRunningMonths(getDb(), { applicationId, decisionId: answered.decisionId }),
    );
    if (running) {
      await step.sendEvent(
        "announce-assignment-change",
        assignmentChanged.create(
          { applicationId, decisionId: answered.decisionId },
          { id: `assignment-changed-${answered.decisionId}` },
        ),
      );
    }
    const bank = answered.needsCardAccount ? await openBankAccount(step, applicationId, answered.decisionId) : null;
    return { appealId, decisionId: answered.decisionId, outcome: answered.outcome, bank: bank?.bank ?? null };
  },
);
