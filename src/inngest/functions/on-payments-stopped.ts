import { inngest } from "@/inngest/client";
import { paymentsStopped } from "@/inngest/events";
import { notify } from "./steps/notify-steps";

/** Tells the family, by its channel and in its language, why its payments stopped and how to have them resume. */
export const onPaymentsStopped = inngest.createFunction(
  {
    id: "tell-payments-stopped",
    retries: 5,
    idempotency: "event.data.applicationId + '-' + event.data.stoppedFrom",
    triggers: [paymentsStopped],
  },
  async ({ event, step }) => {
    const { applicationId, stoppedFrom, unusedMonths } = event.data;
    const sent = await notify(step, "payments-stopped", {
      applicationId,
      kind: "PAYMENTS_STOPPED",
      data: () => ({ stoppedFrom, unusedMonths }),
    });
    return { applicationId, stoppedFrom, status: sent.status };
  },
);
