import { createHmac, randomBytes } from "node:crypto";
import twilio from "twilio";
import type { StoredMessage } from "./store";

export interface CallbackResult {
  url: string;
  status: number;
}

/** Twilio's status callback: form-encoded, signed with the account's auth token over URL + sorted fields. */
export async function sendTwilioStatus(
  message: StoredMessage,
  status: string,
  errorCode?: string,
): Promise<CallbackResult | null> {
  if (!message.statusCallback || !message.authToken) return null;
  const params: Record<string, string> = {
    MessageSid: message.id,
    SmsSid: message.id,
    MessageStatus: status,
    SmsStatus: status,
    To: message.to,
    From: message.from,
    ApiVersion: "2010-04-01",
    ...(errorCode ? { ErrorCode: errorCode } : {}),
  };
  const signature = twilio.getExpectedTwilioSignature(message.authToken, message.statusCallback, params);
  const res = await fetch(message.statusCallback, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    body: new URLSearchParams(params).toString(),
  });
  await res.arrayBuffer();
  return { url: message.statusCallback, status: res.status };
}

/** Resend's webhook: JSON, signed Svix-style (HMAC-SHA256 of `id.timestamp.body` with the decoded secret). */
export async function sendResendEvent(
  webhook: { url: string; secret: string } | null,
  message: StoredMessage,
  type: string,
): Promise<CallbackResult | null> {
  if (!webhook) return null;
  const body = JSON.stringify({
    type,
    created_at: new Date().toISOString(),
    data: {
      email_id: message.id,
      from: message.from,
      to: [message.to],
      subject: message.subject ?? "",
      created_at: message.createdAt,
    },
  });
  const id = `msg_${randomBytes(12).toString("hex")}`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(webhook.secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  const res = await fetch(webhook.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": timestamp,
      "svix-signature": `v1,${signature}`,
    },
    body,
  });
  await res.arrayBuffer();
  return { url: webhook.url, status: res.status };
}
