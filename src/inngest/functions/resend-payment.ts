import { inngest } from "@/inngest/client";
import { paymentResendRequested } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { sendPaymentOrders } from "@/server/services/payments/send-payment-orders";

/**
 * A month staff sent again after a rejection (docs/payments.md, "A rejected payment"): its new order is sent to
 * the bank at once under its own key. An order answered already is not sent again, and the payroll sweep sends
 * it while the bank has not answered, so a repeated event or a failed run pays nobody twice or never.
 */
export const onPaymentResendRequested = inngest.createFunction(
  { id: "resend-payment", retries: 5, idempotency: "event.data.orderId", triggers: [paymentResendRequested] },
  async ({ event, step }) => {
    const { orderId } = event.data;
    const sent = await step.run("send-payment", () =>
      sendPaymentOrders(getDb(), { after: null, limit: 1, staleBefore: null, orderIds: [orderId] }),
    );
    return { orderId, ...sent };
  },
);
