import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

// Limits of the one-time sign-in code (issue 2): at most 5 codes an hour per FIN or per phone, a code
// lives 5 minutes, and 3 wrong tries burn it.
export const CODES_PER_HOUR = 5;
export const CODE_TTL_MS = 5 * 60 * 1000;
export const MAX_WRONG_TRIES = 3;
export const CODE_LENGTH = 6;

export function generateCode(): string {
  return randomInt(0, 10 ** CODE_LENGTH)
    .toString()
    .padStart(CODE_LENGTH, "0");
}

/** Keyed hash: a leaked table of hashes can't be brute-forced over the million codes without the secret. */
export function hashCode(secret: string, otpId: string, code: string): string {
  return createHmac("sha256", secret).update(`${otpId}:${code}`).digest("hex");
}

export function codeMatches(secret: string, otpId: string, code: string, storedHash: string): boolean {
  const a = Buffer.from(hashCode(secret, otpId, code), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
