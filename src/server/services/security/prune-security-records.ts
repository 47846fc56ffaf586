import type { Db } from "@/server/db/create-client";
import { pruneRateLimitWindows } from "./consume-rate-limit";

/** Spent or expired unlock links are kept this long (the audit log keeps the events for good). */
const UNLOCK_TOKEN_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The hourly clean-up of what the security services write per request: rate-limit windows that ended a day ago
 * (only the current window is ever read) and unlock links spent or expired a week ago. Idempotent: run it twice,
 * the second run deletes nothing.
 */
export async function pruneSecurityRecords(
  db: Db,
  now: Date,
): Promise<{ rateLimitWindows: number; unlockTokens: number }> {
  const rateLimitWindows = await pruneRateLimitWindows(db, now);
  const before = new Date(now.getTime() - UNLOCK_TOKEN_KEEP_MS);
  const { count: unlockTokens } = await db.staffUnlockToken.deleteMany({
    where: { OR: [{ usedAt: { lt: before } }, { expiresAt: { lt: before } }] },
  });
  return { rateLimitWindows, unlockTokens };
}
