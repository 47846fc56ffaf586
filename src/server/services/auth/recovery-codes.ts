import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * One-time recovery codes for a staff member who lost the phone with the authenticator. Shown once at enrolment;
 * only their SHA-256 digests are stored (each code has over 55 random bits, too many to find a digest's code by trying).
 */

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: read aloud or copied from paper
export const RECOVERY_CODE_COUNT = 10;

/** A code like `k7mq-x2dh-a9tn`. */
export function newRecoveryCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

/** Case, spaces and dashes as typed do not matter. */
export function normalizeRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, "");
}

export function recoveryCodeDigest(code: string): string {
  return createHash("sha256").update(normalizeRecoveryCode(code)).digest("hex");
}

/** The index of the stored digest this typed code matches, or -1; the caller deletes that digest (one use). */
export function matchRecoveryCode(typed: string, storedDigests: readonly string[]): number {
  const digest = Buffer.from(recoveryCodeDigest(typed), "hex");
  let found = -1;
  // Compares against every digest so the time taken does not tell which one matched.
  storedDigests.forEach((stored, i) => {
    const candidate = Buffer.from(stored, "hex");
    if (candidate.length === digest.length && timingSafeEqual(candidate, digest) && found < 0) found = i;
  });
  return found;
}
