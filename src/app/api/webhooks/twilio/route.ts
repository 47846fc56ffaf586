import { getDb } from "@/server/db/client";
import { applyTwilioStatusCallback } from "@/server/services/notifications/apply-twilio-status-callback";
import { webhookResponse } from "../webhook-response";

/** Twilio's message status callback (form-encoded, signed with X-Twilio-Signature). */
export async function POST(req: Request): Promise<Response> {
  const body = await req.text();
  return webhookResponse(req, "twilio", () =>
    applyTwilioStatusCallback(getDb(), body, req.headers.get("x-twilio-signature")),
  );
}
