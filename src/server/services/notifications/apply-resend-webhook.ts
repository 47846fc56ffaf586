import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { notifyConfig } from "@/server/integrations/notify/config";
import { ResendWebhookEvent, statusFromResend } from "@/server/integrations/notify/delivery-events";
import { verifyResendSignature, type SvixHeaders } from "@/server/integrations/notify/verify-signatures";
import { recordDeliveryStatus, type RecordedDeliveryStatus } from "./record-delivery-status";
import { parseWebhookJson } from "@/server/services/webhooks/parse-webhook-json";

/** Applies one Resend webhook event (raw body and its svix-* headers); events that change no status are ignored. */
export async function applyResendWebhook(
  db: Db,
  rawBody: string,
  headers: SvixHeaders,
): Promise<RecordedDeliveryStatus | { changed: false }> {
  if (!verifyResendSignature(notifyConfig().RESEND_WEBHOOK_SECRET, rawBody, headers)) {
    throw new AppError("credentialsInvalid");
  }
  const event = parseWebhookJson(rawBody, ResendWebhookEvent);
  const status = statusFromResend(event.type);
  if (status === null) return { changed: false };
  return recordDeliveryStatus(db, {
    providerId: event.data.email_id,
    status,
    errorCode: status === "FAILED" ? `resend ${event.type}` : undefined,
  });
}
