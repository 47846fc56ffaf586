import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { bankConfig } from "@/server/integrations/bank/config";
import { verifyBankCallbackSignature } from "@/server/integrations/bank/callback-signature";
import { PaymentCallback } from "@/server/integrations/bank/payment-contract";
import { parseWebhookJson } from "@/server/services/webhooks/parse-webhook-json";
import { applyPaymentAnswer } from "./apply-payment-answer";

/**
 * The bank's signed answer to a payment (raw body and X-Bank-Signature), applied to the order it names, once: a
 * repeated or late callback about an answered order changes nothing (`changed: false`).
 */
export async function applyPaymentCallback(
  db: Db,
  rawBody: string,
  signature: string | null,
): Promise<{ changed: boolean }> {
  if (!verifyBankCallbackSignature(bankConfig().BANK_CALLBACK_SECRET, rawBody, signature))
    throw new AppError("credentialsInvalid");
  const callback = parseWebhookJson(rawBody, PaymentCallback);
  const order = await db.paymentOrder.findUnique({
    where: { idempotencyKey: callback.idempotencyKey },
    select: { id: true },
  });
  if (!order || order.id !== callback.paymentReference) throw new AppError("notFound", { entity: "paymentOrder" });
  const changed = await applyPaymentAnswer(
    db,
    order.id,
    callback.status === "CREDITED"
      ? { status: "CREDITED", bankPaymentId: callback.bankPaymentId }
      : { status: "REJECTED", bankPaymentId: callback.bankPaymentId, reasonCode: callback.reasonCode },
    new Date(),
  );
  return { changed };
}
