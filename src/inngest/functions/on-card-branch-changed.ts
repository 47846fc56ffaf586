import { inngest } from "@/inngest/client";
import { cardBranchChanged } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { cardBranchNotice } from "@/server/services/bank/card-branch-notice";
import { notify } from "./steps/notify-steps";

/**
 * After the family moved its card to another branch on its page: it is told the new branch and pickup day by its
 * channel, with the other channel as fallback, so the place is in its messages and not only on the page. The outbox's
 * dedupe key (one per move) keeps it one message however often the step runs. A move overtaken by a newer one is
 * not told.
 */
export const onCardBranchChanged = inngest.createFunction(
  // One run per move: the event's id (card-branch-<order>-<move>) drops a repeated send.
  { id: "tell-card-branch", retries: 5, triggers: [cardBranchChanged] },
  async ({ event, step }) => {
    const { applicationId, orderId, change } = event.data;
    const data = await step.run("read-card-branch", () => cardBranchNotice(getDb(), orderId, change));
    if (!data) return { orderId, change, told: false };
    const sent = await notify(step, "card-branch", { applicationId, kind: "BANK_CARD_PICKUP", data: () => data });
    return { orderId, change, told: true, status: sent.status };
  },
);
