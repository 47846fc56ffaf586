import { getDb } from "@/server/db/client";
import { SIGNATURE_HEADER } from "@/server/integrations/bank/contract";
import { isPaymentCallback } from "@/server/integrations/bank/payment-contract";
import { announceBankAnswer } from "@/server/services/bank/announce-bank-answer";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { applyPaymentCallback } from "@/server/services/payments/apply-payment-callback";
import { webhookResponse } from "../webhook-response";

const kindOf = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
};

/**
 * The bank's answers (JSON, signed with X-Bank-Signature; see docs/notifications-and-bank.md): to an account order,
 * or to a payment (`kind: "payment"`). Each service checks the signature before it trusts anything in the body.
 */
export async function POST(req: Request): Promise<Response> {
  const body = await req.text();
  const signature = req.headers.get(SIGNATURE_HEADER);
  if (isPaymentCallback(kindOf(body)))
    return webhookResponse(req, "bank", () => applyPaymentCallback(getDb(), body, signature));
  return webhookResponse(req, "bank", async () => {
    const applied = await applyBankCallback(getDb(), body, signature);
    await announceBankAnswer(applied.order);
    return applied;
  });
}
