import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import type { RateLimit } from "./rate-limits";

/**
 * Counts one call of `key` in the current window and refuses it with `rateLimited` (429) past the limit. One
 * statement (insert or increment) so two app instances or two parallel calls can never both take the last place.
 * A refused call counts too: hammering a closed door keeps it closed until the window ends.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateLimit, now: Date): Promise<void> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  const count = rows[0]?.count ?? 1;
  if (count > rule.limit) {
    const retryAfterSeconds = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
    throw new AppError("rateLimited", { retryAfterSeconds });
  }
}

/** The windows that ended before `now` are no longer read; deleting them keeps the table small. */
export async function pruneRateLimitWindows(db: Db, now: Date, olderThanSeconds = 24 * 60 * 60): Promise<number> {
  const before = new Date(now.getTime() - olderThanSeconds * 1000);
  const { count } = await db.rateLimitWindow.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}

/**
 * Counts one event of `key` in the current window and returns the window's count, refusing nothing: for callers
 * that decide themselves what the count means (the failed sign-ins of an e-mail that has no account).
 */
export async function countInWindow(db: Db, key: string, windowSeconds: number, now: Date): Promise<number> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`;
  return rows[0]?.count ?? 1;
}
