import { bankAccountAnswered } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { recordAudit } from "@/server/services/audit/record-audit";
import { BANK_WAIT_ROUND, BANK_WAIT_ROUNDS } from "@/server/services/bank/bank-wait";
import { orderBankAccount, readBankOrder } from "@/server/services/bank/order-bank-account";
import { notify, type Step } from "./notify-steps";

/**
 * Orders the card account (the decision's latest round: the order row and the bank's idempotency key), waits for
 * the bank's answer, and tells the family where and when to collect the card. The answer may arrive before the
 * wait starts, so the order is read again after each round of waiting, whatever ended it (that read asks the bank
 * nothing). The pickup notice is deduped per decision (`<applicationId>:BANK_CARD_PICKUP:<decisionId>`), which
 * is right for a round ordered again by staff too: only an opened order sends it, and staff can only order again
 * while no round of the decision has opened, so the decision's notice was never sent. A renewal continuing on the
 * family's card (reuse-card-account.ts) is opened at once, and its notice says the card is the one the family has.
 */
export async function openBankAccount(step: Step, applicationId: string, decisionId: string) {
  let order = await step.run("order-bank-account", () => orderBankAccount(getDb(), { decisionId }));
  // Short waits, each followed by a read: an answer that came before a wait started costs at most one round.
  for (let round = 1; round <= BANK_WAIT_ROUNDS && (order.status === "PENDING" || order.status === "SENT"); round++) {
    await step.waitForEvent(`wait-bank-answer-${round}`, {
      event: bankAccountAnswered,
      match: "data.applicationId",
      timeout: BANK_WAIT_ROUND,
    });
    order = await step.run(`read-bank-order-${round}`, () => readBankOrder(getDb(), decisionId));
  }
  const { status, branchName, branchNameRu, branchNameEn, branchAddress, cardPickupDate, accountMasked, reused } =
    order;
  if (status === "OPENED" && branchName && branchAddress && cardPickupDate && accountMasked) {
    await notify(step, "card-pickup", {
      applicationId,
      kind: "BANK_CARD_PICKUP",
      data: () => ({
        decisionId,
        branchName,
        branchNameRu,
        branchNameEn,
        branchAddress,
        cardPickupDate,
        accountMasked,
        sameCard: reused,
      }),
    });
    return { bank: "OPENED" as const };
  }
  // Rejected or unanswered: staff take it from the audit trail and the order's lastError (design).
  await step.run("record-bank-problem", () =>
    recordAudit(getDb(), {
      actor: null,
      action: "bank.accountNotOpened",
      entity: "BankAccountOrder",
      entityId: order.orderId,
      applicationId,
      details: { status },
    }),
  );
  return { bank: status };
}
