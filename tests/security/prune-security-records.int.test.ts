import { beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit } from "@/server/services/security/consume-rate-limit";
import { pruneSecurityRecords } from "@/server/services/security/prune-security-records";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("prunesec");
const now = new Date("2026-03-10T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  await seedReference(testDb.current().db);
});

describe("pruning what the security services write", () => {
  it("deletes rate-limit windows older than a day and unlock links spent or expired a week ago, keeps the rest, and is idempotent", async () => {
    const { db } = testDb.current();
    const rule = { limit: 10, windowSeconds: 60 };
    await consumeRateLimit(db, "prune:old", rule, daysAgo(2));
    await consumeRateLimit(db, "prune:recent", rule, new Date(now.getTime() - 60_000));
    const user = await db.user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
    await db.staffUnlockToken.createMany({
      data: [
        { userId: user.id, tokenDigest: "spent-long-ago", expiresAt: daysAgo(9), usedAt: daysAgo(10) },
        { userId: user.id, tokenDigest: "expired-long-ago", expiresAt: daysAgo(8) },
        { userId: user.id, tokenDigest: "spent-yesterday", expiresAt: daysAgo(0.9), usedAt: daysAgo(1) },
        { userId: user.id, tokenDigest: "live", expiresAt: new Date(now.getTime() + 3_600_000) },
      ],
    });
    expect(await pruneSecurityRecords(db, now)).toEqual({ rateLimitWindows: 1, unlockTokens: 2 });
    expect((await db.rateLimitWindow.findMany()).map((r) => r.key)).toEqual(["prune:recent"]);
    expect((await db.staffUnlockToken.findMany({ orderBy: { tokenDigest: "asc" } })).map((t) => t.tokenDigest)).toEqual(
      ["live", "spent-yesterday"],
    );
    expect(await pruneSecurityRecords(db, now)).toEqual({ rateLimitWindows: 0, unlockTokens: 0 });
  });
});
