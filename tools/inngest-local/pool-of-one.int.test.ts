import { describe, test } from "vitest";
import { postJson } from "./test-support/engine-client";
import { setupFreshDatabase } from "./test-support/database";
import { harnessForTest, modes } from "./test-support/harness";

// A transaction that asks the pool for a second connection deadlocks once every connection is held by such a
// transaction: each waits for a connection another holds. CI met it with 50 events at once on a pool of three.
// A pool of one makes the deadlock certain, so these fail (time out) if any transaction nests a pool query again.

const db = setupFreshDatabase();

/** Rejects when `promise` is not settled by then, so a deadlocked engine fails the test instead of hanging it. */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not done in ${ms} ms`)), ms).unref()),
  ]);
}

describe.concurrent.each(modes)("on a pool of one connection (%s mode)", (mode) => {
  test("an event starts its run right after a sync, when the functions are not cached yet", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished }, { poolSize: 1 });
    const fn = h.client.createFunction(
      { id: "on-event", triggers: [{ event: "test/pool" }] },
      async ({ event }) => event.data,
    );
    await h.serve([fn]);
    await within(10_000, "sending the event", h.client.send({ name: "test/pool", data: { n: 1 } }));
    const run = await h.waitForRun("on-event", { status: "completed", timeoutMs: 10_000 });
    expect(run.output).toEqual({ n: 1 });
  });

  test("a cron fires right after a sync, when the functions are not cached yet", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished }, { poolSize: 1 });
    const fn = h.client.createFunction(
      { id: "daily", triggers: [{ cron: "TZ=Asia/Baku 0 9 * * *" }] },
      async ({ event }) => event.name,
    );
    await h.serve([fn]);
    await within(
      10_000,
      "firing the cron",
      postJson(new URL(`/admin/functions/${h.fnId("daily")}/fire-cron`, h.engineUrl).toString()),
    );
    const run = await h.waitForRun("daily", { status: "completed", timeoutMs: 10_000 });
    expect(run.output).toBe("inngest/scheduled.timer");
  });
});
