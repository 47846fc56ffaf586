import { inngest } from "@/inngest/client";
import { bankReorderRequested } from "@/inngest/events";
import { openBankAccount } from "./steps/bank-steps";

/**
 * After a caseworker or supervisor ordered the card account again: send the decision's latest round (the one the
 * staff just made) to the bank, wait for its answer, and tell the family the branch and the pickup date, as the
 * application's run does after a decision. One run per round, whatever is sent twice.
 *
 * The pickup notice is deduped per decision, and no earlier round of the decision sent one (staff can only order
 * again while none has opened), so the family gets it exactly once. A round whose event was lost (the engine was
 * unreachable when staff pressed the button) is announced again by `sweep-stalled-applications`.
 */
export const onBankReorderRequested = inngest.createFunction(
  // The same retries as the application's run, so the bank's own attempt count decides when an order has failed.
  { id: "reorder-bank-account", idempotency: "event.data.orderId", retries: 5, triggers: [bankReorderRequested] },
  async ({ event, step }) => {
    const { applicationId, decisionId, orderId } = event.data;
    const { bank } = await openBankAccount(step, applicationId, decisionId);
    return { orderId, bank };
  },
);
