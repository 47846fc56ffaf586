import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) with Node's crypto, for the staff second factor.
 * Time is passed in, never read here, so the RFC's test vectors and the tests' clocks drive it.
 */

export type TotpAlgorithm = "sha1" | "sha256" | "sha512";
export type TotpOptions = { digits: number; periodSeconds: number; algorithm: TotpAlgorithm };

/** What every authenticator app understands without extra parameters. */
export const DEFAULT_TOTP: TotpOptions = { digits: 6, periodSeconds: 30, algorithm: "sha1" };

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** Accepts what people type from a setup screen: lower case, spaces, padding. Null if it is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const index = BASE32.indexOf(ch);
    if (index < 0) return null;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new 160-bit secret (RFC 4226 recommends the hash's output length), base32 as apps expect it. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The time step a moment falls in. */
export function totpStep(now: Date, periodSeconds = DEFAULT_TOTP.periodSeconds): number {
  return Math.floor(now.getTime() / 1000 / periodSeconds);
}

/** RFC 4226 HOTP of one counter value, with dynamic truncation. */
export function hotp(key: Uint8Array, counter: number, digits: number, algorithm: TotpAlgorithm): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

export function totpCode(key: Uint8Array, now: Date, options: TotpOptions = DEFAULT_TOTP): string {
  return hotp(key, totpStep(now, options.periodSeconds), options.digits, options.algorithm);
}

/**
 * Checks a typed code against the step now and one either side (a phone's clock drifts, a person types slowly).
 * Returns the matching step so the caller can refuse it next time (a code is good once), or null.
 * `afterStep`: the last step already used; codes of that step and earlier are refused.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  now: Date,
  afterStep: number | null,
  options: TotpOptions = DEFAULT_TOTP,
): number | null {
  const key = base32Decode(secretBase32);
  const typed = code.replace(/\s/g, "");
  if (!key || key.length === 0 || !new RegExp(`^\\d{${options.digits}}$`).test(typed)) return null;
  const current = totpStep(now, options.periodSeconds);
  for (const step of [current - 1, current, current + 1]) {
    if (afterStep !== null && step <= afterStep) continue;
    const expected = hotp(key, step, options.digits, options.algorithm);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(typed))) return step;
  }
  return null;
}

/** The otpauth:// address an authenticator app reads from the enrolment QR code (Key Uri Format). */
export function otpauthUri(secretBase32: string, accountEmail: string, issuer = "VEMTAS"): string {
  const label = encodeURIComponent(`${issuer}:${accountEmail}`);
  const query = new URLSearchParams({ secret: secretBase32, issuer, algorithm: "SHA1", digits: "6", period: "30" });
  return `otpauth://totp/${label}?${query.toString()}`;
}
