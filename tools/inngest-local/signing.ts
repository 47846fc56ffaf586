import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Request signing as SDK 4.24.0 verifies it (`RequestSignature` in InngestCommHandler): the SDK parses the JSON
 * body, canonicalizes it (RFC 8785 key order) and checks HMAC-SHA256(canonical + t) keyed by the signing key
 * without its `signkey-<env>-` prefix, the key used as text, not hex-decoded.
 */

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    // Numbers and strings serialize as in ES JSON.stringify, which is what RFC 8785 prescribes.
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function stripSigningKeyPrefix(signingKey: string): string {
  return signingKey.replace(/^signkey-[\w]+-/, "");
}

export function signBody(body: unknown, signingKey: string, nowSeconds = Math.round(Date.now() / 1000)): string {
  const ts = String(nowSeconds);
  const mac = createHmac("sha256", stripSigningKeyPrefix(signingKey))
    .update(canonicalJson(body) + ts)
    .digest("hex");
  return `t=${ts}&s=${mac}`;
}

const maxSkewSeconds = 5 * 60;

/** Verifies a `x-inngest-signature` header over a parsed JSON body (used for the SDK's signed replies). */
export function verifySignature(
  header: string | null,
  body: unknown,
  signingKey: string,
  nowSeconds = Math.round(Date.now() / 1000),
): boolean {
  if (!header) return false;
  const params = new URLSearchParams(header);
  const ts = params.get("t");
  const sig = params.get("s");
  if (!ts || !sig || !/^\d+$/.test(ts)) return false;
  if (Math.abs(nowSeconds - Number(ts)) > maxSkewSeconds) return false;
  const expected = signBody(body, signingKey, Number(ts)).split("&s=")[1] ?? "";
  return expected.length === sig.length && timingSafeEqual(Buffer.from(expected), Buffer.from(sig));
}

/**
 * The bearer token the SDK sends with `POST /fn/register` in cloud mode (`hashSigningKey`): the prefix kept,
 * then sha256 of the key's hex-decoded bytes.
 */
export function hashedSigningKey(signingKey: string): string {
  const prefix = /^signkey-[\w]+-/.exec(signingKey)?.[0] ?? "";
  const digest = createHash("sha256")
    .update(Buffer.from(stripSigningKeyPrefix(signingKey), "hex"))
    .digest("hex");
  return `${prefix}${digest}`;
}
