import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { bankConfig } from "@/server/integrations/bank/config";
import { AccountOrderCallback } from "@/server/integrations/bank/contract";
import { verifyBankCallbackSignature } from "@/server/integrations/bank/callback-signature";
import { maskOpenedAccount } from "@/server/integrations/bank/request-account";
import { dateColumn, summarizeOrder, type BankOrderSummary } from "./bank-order-summary";
import { parseWebhookJson } from "@/server/services/webhooks/parse-webhook-json";

export interface AppliedBankCallback {
  /** False for a repeated callback, or one about an order already answered: nothing was written. */
  changed: boolean;
  order: BankOrderSummary;
}

/** Applies the bank's signed answer (raw body and X-Bank-Signature) to the order it names, once. */
export async function applyBankCallback(
  db: Db,
  rawBody: string,
  signature: string | null,
): Promise<AppliedBankCallback> {
  if (!verifyBankCallbackSignature(bankConfig().BANK_CALLBACK_SECRET, rawBody, signature)) {
    throw new AppError("credentialsInvalid");
  }
  const callback = parseWebhookJson(rawBody, AccountOrderCallback);

  const order = await db.bankAccountOrder.findUnique({ where: { idempotencyKey: callback.idempotencyKey } });
  if (!order || order.id !== callback.orderReference) throw new AppError("notFound", { entity: "bankAccountOrder" });

  const answeredAt = new Date();
  const data =
    callback.status === "OPENED"
      ? (() => {
          const account = maskOpenedAccount(callback.account);
          return {
            status: "OPENED" as const,
            bankReference: callback.bankOrderId,
            accountMasked: account.accountMasked,
            branchName: account.branchName,
            branchNameRu: account.branchNameRu,
            branchNameEn: account.branchNameEn,
            branchAddress: account.branchAddress,
            cardPickupDate: dateColumn(account.cardPickupDate),
            answeredAt,
            lastError: null,
          };
        })()
      : {
          status: "FAILED" as const,
          bankReference: callback.bankOrderId,
          lastError: `rejected ${callback.reasonCode}`,
          answeredAt,
        };

  // Only an order still waiting takes an answer, so the second delivery of a callback matches no row.
  const { count } = await db.bankAccountOrder.updateMany({
    where: { id: order.id, status: { in: ["PENDING", "SENT"] } },
    data,
  });
  const current = await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } });
  return { changed: count === 1, order: summarizeOrder(current) };
}
