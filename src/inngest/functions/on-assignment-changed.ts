import { inngest } from "@/inngest/client";
import { assignmentChanged } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { applyAssignmentChange } from "@/server/services/payments/apply-assignment-change";
import { sendPaymentOrders } from "@/server/services/payments/send-payment-orders";

/**
 * A final decision superseded the running assignment: its months are re-planned from the decision's month, and
 * months paid short are paid once, as one arrears order (key `arrears-<decisionId>`), sent at once; the payroll
 * sweep sends it again while the bank has not answered.
 */
export const onAssignmentChanged = inngest.createFunction(
  { id: "replan-assignment", retries: 5, idempotency: "event.data.decisionId", triggers: [assignmentChanged] },
  async ({ event, step }) => {
    const { applicationId, decisionId } = event.data;
    const replan = await step.run("replan-entitlements", () =>
      applyAssignmentChange(getDb(), { applicationId, decisionId, now: new Date() }),
    );
    const orderId = replan.arrearsOrderId;
    if (orderId)
      await step.run("send-arrears", () =>
        sendPaymentOrders(getDb(), { after: null, limit: 1, staleBefore: null, orderIds: [orderId] }),
      );
    return { decisionId, ...replan };
  },
);
