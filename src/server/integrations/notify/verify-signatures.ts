import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import twilio from "twilio";

/**
 * Twilio signs the callback URL plus the sorted form fields with the account's auth token (HMAC-SHA1). The URL
 * is the one we gave Twilio, not the one this server sees, which a proxy may have rewritten.
 */
export function verifyTwilioSignature(
  authToken: string,
  signature: string | null,
  url: string,
  params: Record<string, string>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}

export interface SvixHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

// Resend signs webhooks Svix-style. Checked here with node:crypto rather than the SDK's `webhooks.verify`,
// which also parses the body and so reports a malformed body as a bad signature (401 instead of 400).
const RESEND_TOLERANCE_SECONDS = 300;

/** HMAC-SHA256 over `id.timestamp.body` with the base64 secret after `whsec_`; old timestamps are refused as replays. */
export function verifyResendSignature(
  secret: string,
  rawBody: string,
  headers: SvixHeaders,
  now: Date = new Date(),
): boolean {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > RESEND_TOLERANCE_SECONDS) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${rawBody}`).digest();
  // The header may list several signatures (during a secret rotation): one match is enough.
  return signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
