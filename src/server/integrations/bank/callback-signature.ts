import { createHmac, timingSafeEqual } from "node:crypto";

// `X-Bank-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. The timestamp is signed
// with the body, and an old one is refused, so a captured callback cannot be replayed days later.
const TOLERANCE_SECONDS = 300;

function hmac(secret: string, timestamp: string, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

export function signBankCallback(secret: string, rawBody: string, now: Date = new Date()): string {
  const t = String(Math.floor(now.getTime() / 1000));
  return `t=${t},v1=${hmac(secret, t, rawBody)}`;
}

export function verifyBankCallbackSignature(
  secret: string,
  rawBody: string,
  header: string | null,
  now: Date = new Date(),
): boolean {
  if (!header) return false;
  const parts = new Map(
    header.split(",").map((part) => {
      const i = part.indexOf("=");
      return [part.slice(0, i).trim(), part.slice(i + 1).trim()] as const;
    }),
  );
  const t = parts.get("t");
  const v1 = parts.get("v1");
  if (!t || !/^\d{1,12}$/.test(t) || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(t)) > TOLERANCE_SECONDS) return false;
  return timingSafeEqual(Buffer.from(hmac(secret, t, rawBody), "hex"), Buffer.from(v1, "hex"));
}
