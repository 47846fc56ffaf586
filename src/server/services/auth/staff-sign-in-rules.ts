import { createHash, randomBytes } from "node:crypto";

/** Wrong passwords (or second-factor codes) in a row that lock a staff account until its unlock link is used. */
export const STAFF_FAILED_SIGN_IN_LIMIT = 5;
/** How long an e-mailed unlock link works. */
export const UNLOCK_TOKEN_TTL_MS = 60 * 60 * 1000;
/**
 * An e-mail without an account "locks" like a real one (same message after the same count) so that the answers
 * never tell which staff e-mails exist; its count lives in RateLimitWindow for this long.
 */
export const UNKNOWN_EMAIL_FAILURE_WINDOW_SECONDS = 24 * 60 * 60;

export function normalizeStaffEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Rate-limit keys carry a digest, never the e-mail itself. */
export function emailKeyDigest(email: string): string {
  return createHash("sha256").update(normalizeStaffEmail(email)).digest("hex").slice(0, 32);
}

export function newUnlockToken(): string {
  return randomBytes(32).toString("base64url");
}

export function unlockTokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
