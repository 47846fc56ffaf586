import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createPrismaClient } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { consumeRateLimit, pruneRateLimitWindows } from "@/server/services/security/consume-rate-limit";
import { SIGN_IN_CODE_LIMIT } from "@/server/services/security/rate-limits";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("ratelimit");
const t0 = new Date("2026-03-02T08:00:10Z");
const secret = "test-secret-test-secret-test-secret!";

async function outcome(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("rate limits in PostgreSQL", () => {
  it("admits up to the limit per window, refuses past it with the seconds to wait, and opens in the next window", async () => {
    const { db } = testDb.current();
    const rule = { limit: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await outcome(consumeRateLimit(db, "k:window", rule, t0)));
    expect(results).toEqual(["ok", "ok", "ok", "rateLimited", "rateLimited"]);
    const refused = await consumeRateLimit(db, "k:window", rule, t0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details.retryAfterSeconds).toBe(50);
    expect(await outcome(consumeRateLimit(db, "k:other", rule, t0))).toBe("ok");
    expect(await outcome(consumeRateLimit(db, "k:window", rule, new Date(t0.getTime() + 60_000)))).toBe("ok");
  });

  it("two app instances (two connection pools) racing for the last places never admit more than the limit", async () => {
    const { db, url } = testDb.current();
    const other = createPrismaClient(url, 4);
    try {
      const rule = { limit: 10, windowSeconds: 60 };
      const calls = Array.from({ length: 30 }, (_, i) =>
        outcome(consumeRateLimit(i % 2 ? db : other, "k:race", rule, t0)),
      );
      const results = await Promise.all(calls);
      expect(results.filter((r) => r === "ok")).toHaveLength(10);
      expect(results.filter((r) => r === "rateLimited")).toHaveLength(20);
    } finally {
      await other.$disconnect();
    }
  });

  it("old windows are pruned, current ones kept", async () => {
    const { db } = testDb.current();
    await consumeRateLimit(db, "k:prune", { limit: 5, windowSeconds: 60 }, new Date(t0.getTime() - 2 * 86_400_000));
    await consumeRateLimit(db, "k:prune", { limit: 5, windowSeconds: 60 }, t0);
    expect(await pruneRateLimitWindows(db, t0)).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitWindow.count({ where: { key: "k:prune" } })).toBe(1);
  });
});

describe("public tRPC mutations", () => {
  it("a script asking sign-in codes from one address gets a 429 with a message key, other addresses are untouched", async () => {
    const { db } = testDb.current();
    const from = (clientAddress: string) =>
      createCaller({ db, user: null, now: t0, authSecret: secret, clientAddress });
    const hammer = from("198.51.100.7");
    // Malformed requests count too: the limit is checked before the input, so probing the validation is limited.
    for (let i = 0; i < SIGN_IN_CODE_LIMIT.limit; i++) {
      await expect(hammer.auth.requestCode({ fin: "12AB", phone: "050", locale: "en" })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
    }
    const before = await db.oneTimeCode.count();
    await expect(
      hammer.auth.requestCode({ fin: "5ABC7D2", phone: "050 123 45 67", locale: "en" }),
    ).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "rateLimited",
    });
    expect(await db.oneTimeCode.count()).toBe(before);
    await expect(
      from("203.0.113.9").auth.requestCode({ fin: "12AB", phone: "050", locale: "en" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
