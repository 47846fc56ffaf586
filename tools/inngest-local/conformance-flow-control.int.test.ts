import { describe, test } from "vitest";
import { listRuns, pollUntil } from "./test-support/engine-client";
import { executionCounter, setupFreshDatabase } from "./test-support/database";
import { harnessForTest } from "./test-support/harness";

const db = setupFreshDatabase();

/** Polls `condition` until it holds or the deadline passes; returns whether it held (never a timing assert). */
async function within(deadlineMs: number, condition: () => boolean): Promise<boolean> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** Counts step bodies in flight per group, keeping the most seen at once. */
function inFlightGauge() {
  const now = new Map<string, number>();
  const max = new Map<string, number>();
  return {
    enter: (group: string) => {
      const n = (now.get(group) ?? 0) + 1;
      now.set(group, n);
      max.set(group, Math.max(max.get(group) ?? 0, n));
    },
    leave: (group: string) => now.set(group, (now.get(group) ?? 1) - 1),
    current: (group: string) => now.get(group) ?? 0,
    max: (group: string) => max.get(group) ?? 0,
  };
}

// Flow control does not depend on signing, so these run in dev mode only.
describe.concurrent("parallel steps and flow control", () => {
  test("a run's parallel steps are in flight at the same time, each run once", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const counter = executionCounter();
    const started = new Set<string>();
    const fn = h.client.createFunction({ id: "together", triggers: [{ event: "test/together" }] }, async ({ step }) => {
      const sawAll = await Promise.all(
        ["a", "b", "c"].map((name) =>
          step.run(`part-${name}`, async () => {
            counter.hit(name);
            started.add(name);
            // One request at a time would leave this step alone until the deadline.
            return within(20_000, () => started.size === 3);
          }),
        ),
      );
      return { sawAll };
    });
    await h.serve([fn]);
    await h.client.send({ name: "test/together", data: {} });
    const run = await h.waitForRun("together", { status: "completed", timeoutMs: 40_000 });
    expect(run.output).toEqual({ sawAll: [true, true, true] });
    expect(counter.all()).toEqual({ a: 1, b: 1, c: 1 });
  });

  test("concurrency with a key: one step at a time per key, other keys not held back", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const gauge = inFlightGauge();
    const fn = h.client.createFunction(
      { id: "one-per-agency", concurrency: { limit: 1, key: "event.data.agency" }, triggers: [{ event: "test/ask" }] },
      async ({ event, step }) => {
        const agency = (event.data as { agency: string }).agency;
        return step.run("ask", async () => {
          gauge.enter(agency);
          try {
            // "a" steps stay a while, so unlimited requests would overlap; "b" waits to see an "a" in flight.
            if (agency === "a") await within(300, () => gauge.current("a") > 1);
            else return { overlappedA: await within(20_000, () => gauge.current("a") > 0) };
            return { agency };
          } finally {
            gauge.leave(agency);
          }
        });
      },
    );
    await h.serve([fn]);
    await h.client.send([1, 2, 3, 4].map((n) => ({ name: "test/ask", data: { agency: "a", n } })));
    await h.client.send({ name: "test/ask", data: { agency: "b" } });
    const runs = await h.waitForRuns("one-per-agency", 5, 40_000);
    expect(runs.map((r) => r.status)).toEqual(Array(5).fill("completed"));
    expect(gauge.max("a")).toBe(1);
    expect(runs.find((r) => (r.event.data as { agency: string }).agency === "b")?.output).toEqual({
      overlappedA: true,
    });
  });

  test("concurrency limits a run's own parallel steps too", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const gauge = inFlightGauge();
    const fn = h.client.createFunction(
      { id: "two-at-a-time", concurrency: 2, triggers: [{ event: "test/fan" }] },
      async ({ step }) =>
        Promise.all(
          [1, 2, 3, 4, 5].map((i) =>
            step.run(`part-${i}`, async () => {
              gauge.enter("all");
              await within(200, () => gauge.current("all") > 2);
              gauge.leave("all");
              return i;
            }),
          ),
        ),
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/fan", data: {} });
    expect((await h.waitForRun("two-at-a-time", { status: "completed", timeoutMs: 30_000 })).output).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(gauge.max("all")).toBeLessThanOrEqual(2);
  });

  test("throttle: excess runs wait for their slot (none dropped), per key", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      {
        id: "throttled",
        throttle: { limit: 1, period: "1h", key: "event.data.agency" },
        triggers: [{ event: "test/throttled" }],
      },
      async ({ event }) => {
        const { agency, n } = event.data as { agency: string; n: number };
        counter.hit(`${agency}${n}`);
        return `${agency}${n}`;
      },
    );
    await h.serve([fn]);
    await h.client.send([
      { name: "test/throttled", data: { agency: "a", n: 1 } },
      { name: "test/throttled", data: { agency: "a", n: 2 } },
      { name: "test/throttled", data: { agency: "a", n: 3 } },
      { name: "test/throttled", data: { agency: "b", n: 1 } },
    ]);
    // The first of each key starts at once; the others' slots are an hour and two away.
    const first = await h.waitForRuns("throttled", 2);
    expect(first.map((r) => r.output).sort()).toEqual(["a1", "b1"]);
    const waiting = await listRuns(h.engineUrl, { functionId: h.fnId("throttled"), status: "running" });
    expect(waiting).toHaveLength(2);
    expect(counter.all()).toEqual({ a1: 1, b1: 1 });
    const slots = waiting.map((r) => r.history.find((e) => e.kind === "run.started")?.detail);
    expect(slots.every((d) => typeof (d as { throttled_until?: string }).throttled_until === "string")).toBe(true);
    // Fast-forwarding a waiting run starts it now (as if its slot had come).
    const next = waiting.find((r) => (r.event.data as { n: number }).n === 2);
    if (!next) throw new Error("no waiting run a2");
    await h.fastForward(next.id);
    const three = await h.waitForRuns("throttled", 3);
    expect(three.map((r) => r.output).sort()).toEqual(["a1", "a2", "b1"]);
  });

  test("rate limit: events beyond the limit per key start no run", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      {
        id: "rate-limited",
        rateLimit: { limit: 2, period: "1h", key: "event.data.user" },
        triggers: [{ event: "test/rl" }],
      },
      async ({ event }) => event.data,
    );
    await h.serve([fn]);
    await h.client.send([
      ...[1, 2, 3, 4].map((n) => ({ name: "test/rl", data: { user: "u1", n } })),
      { name: "test/rl", data: { user: "u2", n: 5 } },
    ]);
    // Runs are created before send() returns, so the count is final here.
    const runs = await listRuns(h.engineUrl, { functionId: h.fnId("rate-limited") });
    expect(runs.map((r) => (r.event.data as { n: number }).n).sort()).toEqual([1, 2, 5]);
  });

  test("singleton (skip): no second run of a key while one runs; a new one once it ended", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest("dev", db.url(), { onTestFinished });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    onTestFinished(() => release());
    const inStep = new Set<string>();
    const fn = h.client.createFunction(
      {
        id: "one-at-a-time",
        singleton: { key: "event.data.applicationId", mode: "skip" },
        triggers: [{ event: "test/single" }],
      },
      async ({ event, step }) => {
        const { applicationId, n } = event.data as { applicationId: string; n: number };
        await step.run("work", async () => {
          inStep.add(`${applicationId}${n}`);
          if (n === 1) await released;
        });
        return n;
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/single", data: { applicationId: "app-1", n: 1 } });
    await pollUntil(h.engineUrl, "the first run's step", async () => (inStep.has("app-11") ? true : undefined));
    await h.client.send([
      { name: "test/single", data: { applicationId: "app-1", n: 2 } },
      { name: "test/single", data: { applicationId: "app-2", n: 3 } },
    ]);
    expect((await listRuns(h.engineUrl, { functionId: h.fnId("one-at-a-time") })).length).toBe(2);
    release();
    await h.waitForRuns("one-at-a-time", 2);
    await h.client.send({ name: "test/single", data: { applicationId: "app-1", n: 4 } });
    const runs = await h.waitForRuns("one-at-a-time", 3);
    expect(runs.map((r) => r.output).sort()).toEqual([1, 3, 4]);
  });
});
