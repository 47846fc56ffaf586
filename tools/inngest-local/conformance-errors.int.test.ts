import { NonRetriableError, RetryAfterError } from "inngest";
import { describe, test } from "vitest";
import { listRuns } from "./test-support/engine-client";
import { executionCounter, setupFreshDatabase } from "./test-support/database";
import { harnessForTest, modes } from "./test-support/harness";

const db = setupFreshDatabase();

describe.concurrent.each(modes)("retries, failures and unsupported features (%s mode)", (mode) => {
  test("a step that throws on its first two attempts succeeds on the third", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      { id: "flaky-step", retries: 3, triggers: [{ event: "test/flaky" }] },
      async ({ step }) => {
        const before = await step.run("before", () => counter.hit("before") && "ready");
        const value = await step.run("flaky", () => {
          counter.hit("flaky");
          if (counter.get("flaky") < 3) throw new Error(`attempt ${counter.get("flaky")} failed`);
          return "third time lucky";
        });
        return { before, value };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/flaky", data: {} });
    const run = await h.waitForRun("flaky-step", { status: "completed" });
    expect(run.output).toEqual({ before: "ready", value: "third time lucky" });
    expect(counter.all()).toEqual({ before: 1, flaky: 3 });
    expect(run.history.filter((e) => e.kind === "step.errored")).toHaveLength(2);
  });

  test("a function that throws on its first two attempts succeeds on the third, with exponential backoff", async ({
    expect,
    onTestFinished,
  }) => {
    const base = 150;
    const h = await harnessForTest(mode, db.url(), { onTestFinished }, { backoffBaseMs: base });
    const attemptTimes: number[] = [];
    const fn = h.client.createFunction(
      { id: "flaky-fn", retries: 2, triggers: [{ event: "test/flaky-fn" }] },
      async ({ attempt }) => {
        attemptTimes.push(Date.now());
        if (attempt < 2) throw new Error(`attempt ${attempt} failed`);
        return { attempt };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/flaky-fn", data: {} });
    expect((await h.waitForRun("flaky-fn", { status: "completed" })).output).toEqual({ attempt: 2 });
    const [t0 = 0, t1 = 0, t2 = 0] = attemptTimes;
    expect(attemptTimes).toHaveLength(3);
    expect(t1 - t0).toBeGreaterThanOrEqual(base);
    expect(t2 - t1).toBeGreaterThanOrEqual(2 * base);
  });

  test("RetryAfterError delays the retry by the time it asks for", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const attemptTimes: number[] = [];
    const fn = h.client.createFunction(
      { id: "rate-limited", retries: 2, triggers: [{ event: "test/rate-limited" }] },
      async ({ step }) =>
        step.run("call-api", () => {
          attemptTimes.push(Date.now());
          if (attemptTimes.length === 1) throw new RetryAfterError("rate limited", "1s");
          return "done";
        }),
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/rate-limited", data: {} });
    expect((await h.waitForRun("rate-limited", { status: "completed" })).output).toBe("done");
    const [first = 0, second = 0] = attemptTimes;
    expect(second - first).toBeGreaterThanOrEqual(950);
  });

  test("NonRetriableError fails the run at once; exhausted retries fail it too", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fatal = h.client.createFunction(
      { id: "fatal", retries: 5, triggers: [{ event: "test/fatal" }] },
      async ({ step }) =>
        step.run("validate", () => {
          counter.hit("validate");
          throw new NonRetriableError("application is malformed");
        }),
    );
    const hopeless = h.client.createFunction(
      { id: "hopeless", retries: 1, triggers: [{ event: "test/hopeless" }] },
      async ({ step }) =>
        step.run("always-fails", () => {
          counter.hit("always-fails");
          throw new Error("still broken");
        }),
    );
    await h.serve([fatal, hopeless]);
    await h.client.send([
      { name: "test/fatal", data: {} },
      { name: "test/hopeless", data: {} },
    ]);
    const fatalRun = await h.waitForRun("fatal", { status: "failed" });
    expect(JSON.stringify(fatalRun.error)).toContain("application is malformed");
    const hopelessRun = await h.waitForRun("hopeless", { status: "failed" });
    expect(JSON.stringify(hopelessRun.error)).toContain("still broken");
    expect(counter.all()).toEqual({ validate: 1, "always-fails": 2 });
  });

  test("onFailure runs with the error and the original event once retries are exhausted", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      {
        id: "notify",
        retries: 0,
        triggers: [{ event: "test/notify" }],
        onFailure: async ({ error, event }) => ({ handled: error.message, original: event.data.event.data }),
      },
      async () => {
        throw new Error("sms gateway down");
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/notify", data: { applicationId: "A-7" } });
    const failed = await h.waitForRun("notify", { status: "failed" });
    const handler = await h.waitForRun("notify-failure", { status: "completed" });
    expect(handler.output).toEqual({ handled: "sms gateway down", original: { applicationId: "A-7" } });
    expect(handler.event).toMatchObject({
      name: "inngest/function.failed",
      data: { function_id: h.fnId("notify"), run_id: failed.id },
    });
  });

  test("an unknown opcode fails the run loudly, naming it", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction({ id: "signals", triggers: [{ event: "test/signals" }] }, async ({ step }) => {
      await step.run("first", () => 1);
      return step.waitForSignal("wait-signal", { signal: "approval-1", timeout: "1h", onConflict: "replace" });
    });
    await h.serve([fn]);
    await h.client.send({ name: "test/signals", data: {} });
    const run = await h.waitForRun("signals", { status: "failed" });
    expect(JSON.stringify(run.error)).toContain('unsupported opcode \\"WaitForSignal\\"');
  });

  test("options the engine does not honour are accepted with a warning at sync", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      {
        id: "limited",
        debounce: { period: "1s" },
        cancelOn: [{ event: "test/never" }],
        triggers: [{ event: "test/limited" }],
      },
      async () => "ran",
    );
    await h.serve([fn]);
    const warnings = h.logs.entries.filter((e) => e.level === "warn").map((e) => e.message);
    expect(warnings.some((w) => w.includes('"debounce" is not honoured'))).toBe(true);
    expect(warnings.some((w) => w.includes('"cancel" is not honoured'))).toBe(true);
    await h.client.send({ name: "test/limited", data: {} });
    expect((await h.waitForRun("limited", { status: "completed" })).output).toBe("ran");
    expect(await listRuns(h.engineUrl, { functionId: h.fnId("limited") })).toHaveLength(1);
  });
});
