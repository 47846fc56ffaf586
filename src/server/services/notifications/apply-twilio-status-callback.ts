import type { Db } from "@/server/db/create-client";
import { controlCharacterPath } from "@/kernel/control-characters";
import { AppError } from "@/server/errors";
import { callbackUrls, notifyConfig } from "@/server/integrations/notify/config";
import { statusFromTwilio, TwilioStatusCallback } from "@/server/integrations/notify/delivery-events";
import { verifyTwilioSignature } from "@/server/integrations/notify/verify-signatures";
import { recordDeliveryStatus, type RecordedDeliveryStatus } from "./record-delivery-status";

/**
 * Applies Twilio's message status callback (the form-encoded body as received and its X-Twilio-Signature).
 * Refused before anything is read from it when the signature does not match.
 */
export async function applyTwilioStatusCallback(
  db: Db,
  rawBody: string,
  signature: string | null,
): Promise<RecordedDeliveryStatus | { changed: false }> {
  const config = notifyConfig();
  const params = Object.fromEntries(new URLSearchParams(rawBody));
  if (!verifyTwilioSignature(config.TWILIO_AUTH_TOKEN, signature, callbackUrls(config).twilio, params)) {
    throw new AppError("credentialsInvalid");
  }
  // As parseWebhookJson does for JSON bodies: a NUL or control character in any field is a 400, never a query.
  if (controlCharacterPath(params) !== null) throw new AppError("invalidInput", { field: "body" });
  const parsed = TwilioStatusCallback.safeParse(params);
  if (!parsed.success) throw new AppError("invalidInput", { field: "body" });
  const status = statusFromTwilio(parsed.data.MessageStatus);
  if (status === null) return { changed: false };
  return recordDeliveryStatus(db, {
    providerId: parsed.data.MessageSid,
    status,
    errorCode: parsed.data.ErrorCode ? `twilio ${parsed.data.ErrorCode}` : undefined,
  });
}
