import { getDb } from "@/server/db/client";
import { applyResendWebhook } from "@/server/services/notifications/apply-resend-webhook";
import { webhookResponse } from "../webhook-response";

/** Resend's webhook events (JSON, signed Svix-style with the svix-id, svix-timestamp and svix-signature headers). */
export async function POST(req: Request): Promise<Response> {
  const body = await req.text();
  return webhookResponse(req, "resend", () =>
    applyResendWebhook(getDb(), body, {
      id: req.headers.get("svix-id"),
      timestamp: req.headers.get("svix-timestamp"),
      signature: req.headers.get("svix-signature"),
    }),
  );
}
