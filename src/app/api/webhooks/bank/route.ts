import { getDb } from "@/server/db/client";
import { SIGNATURE_HEADER } from "@/server/integrations/bank/contract";
import { announceBankAnswer } from "@/server/services/bank/announce-bank-answer";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { webhookResponse } from "../webhook-response";

/** The bank's answer to an account order (JSON, signed with X-Bank-Signature; see docs/notifications-and-bank.md). */
export async function POST(req: Request): Promise<Response> {
  const body = await req.text();
  return webhookResponse(req, "bank", async () => {
    const applied = await applyBankCallback(getDb(), body, req.headers.get(SIGNATURE_HEADER));
    await announceBankAnswer(applied.order);
    return applied;
  });
}
