import { bankAccountAnswered } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { recordAudit } from "@/server/services/audit/record-audit";
import { orderBankAccount } from "@/server/services/bank/order-bank-account";
import { notify, type Step } from "./notify-steps";

/** One round of waiting for the bank, and how many rounds (5 days) before staff are asked to look. */
export const BANK_WAIT_ROUND = "1h";
export const BANK_WAIT_ROUNDS = 120;

/**
 * Orders the card account (one per decision: the order row and the bank's idempotency key), waits for the bank's
 * answer, and tells the family where and when to collect the card. The answer may arrive before the wait starts,
 * so the order is read again after each round of waiting, whatever ended it (that read asks the bank nothing).
 */
export async function openBankAccount(step: Step, applicationId: string, decisionId: string) {
  let order = await step.run("order-bank-account", () => orderBankAccount(getDb(), { decisionId }));
  // Short waits, each followed by a read: an answer that came before a wait started costs at most one round.
  for (let round = 1; round <= BANK_WAIT_ROUNDS && (order.status === "PENDING" || order.status === "SENT"); round++) {
    await step.waitForEvent(`wait-bank-answer-${round}`, { event: bankAccountAnswered, match: "data.applicationId", timeout: BANK_WAIT_ROUND });
    order = await step.run(`read-bank-order-${round}`, () => orderBankAccount(getDb(), { decisionId }));
  }
  const { status, branchName, branchAddress, cardPickupDate, accountMasked } = order;
  if (status === "OPENED" && branchName && branchAddress && cardPickupDate && accountMasked) {
    await notify(step, "card-pickup", {
      applicationId,
      kind: "BANK_CARD_PICKUP",
      data: () => ({ decisionId, branchName, branchAddress, cardPickupDate, accountMasked }),
    });
    return { bank: "OPENED" as const };
  }
  // Rejected or unanswered: staff take it from the audit trail and the order's lastError (design).
  await step.run("record-bank-problem", () =>
    recordAudit(getDb(), { actor: null, action: "bank.accountNotOpened", entity: "BankAccountOrder", entityId: order.orderId, applicationId, details: { status } }),
  );
  return { bank: status };
}
