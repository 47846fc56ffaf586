import { inngest } from "@/inngest/client";
import { paymentRejected } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { cardAccountBranch } from "@/server/services/bank/card-account-branch";
import { markRejectionTold } from "@/server/services/payments/mark-rejection-told";
import { notify } from "./steps/notify-steps";

/**
 * Tells the family, by its channel and in its language, that the bank rejected a month's payment and what happens
 * next (docs/payments.md, "A rejected payment"); once per attempt (the outbox's dedupe key is month and attempt).
 */
export const onPaymentRejected = inngest.createFunction(
  {
    id: "tell-payment-rejected",
    retries: 5,
    idempotency: "event.data.orderId",
    triggers: [paymentRejected],
  },
  async ({ event, step }) => {
    const { orderId, applicationId, month, attempt, resend } = event.data;
    const sent = await notify(step, "payment-rejected", {
      applicationId,
      kind: "PAYMENT_REJECTED",
      data: async () => {
        const branch = await cardAccountBranch(getDb(), applicationId);
        return { month, attempt, resend, ...(branch ? { branch } : {}) };
      },
    });
    await step.run("mark-told", () => markRejectionTold(getDb(), orderId, new Date()));
    return { orderId, status: sent.status };
  },
);
