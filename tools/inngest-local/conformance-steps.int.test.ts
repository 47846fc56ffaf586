import { describe, test } from "vitest";
import { listRuns, postJson } from "./test-support/engine-client";
import { executionCounter, setupFreshDatabase } from "./test-support/database";
import { harnessForTest, modes } from "./test-support/harness";

const db = setupFreshDatabase();

describe.concurrent.each(modes)("steps, fan-out, invoke, dedup, cron (%s mode)", (mode) => {
  test("sequential step.run: each step runs once, results flow into the next", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      { id: "sequential", triggers: [{ event: "test/sequential" }] },
      async ({ event, step }) => {
        const a = await step.run("add-one", () => {
          counter.hit("add-one");
          return (event.data as { n: number }).n + 1;
        });
        const b = await step.run("double", () => {
          counter.hit("double");
          return a * 2;
        });
        const c = await step.run("describe", () => {
          counter.hit("describe");
          return `result ${b}`;
        });
        return { a, b, c };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/sequential", data: { n: 4 } });
    const run = await h.waitForRun("sequential", { status: "completed" });
    expect(run.output).toEqual({ a: 5, b: 10, c: "result 10" });
    expect(counter.all()).toEqual({ "add-one": 1, double: 1, describe: 1 });
    expect(run.steps.map((s) => s.name)).toEqual(["add-one", "double", "describe"]);
  });

  test("parallel steps (Promise.all) each run once and resolve together", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
      const squares = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          step.run(`square-${i}`, () => {
            counter.hit(`square-${i}`);
            return i * i;
          }),
        ),
      );
      const total = await step.run("sum", () => {
        counter.hit("sum");
        return squares.reduce((x, y) => x + y, 0);
      });
      return { squares, total };
    });
    await h.serve([fn]);
    await h.client.send({ name: "test/parallel", data: {} });
    const run = await h.waitForRun("parallel", { status: "completed" });
    expect(run.output).toEqual({ squares: [1, 4, 9, 16, 25], total: 55 });
    expect(Object.values(counter.all())).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test("step.sendEvent fans out to another function, once per event", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fanOut = h.client.createFunction({ id: "fan-out", triggers: [{ event: "test/batch" }] }, async ({ step }) => {
      const sent = await step.sendEvent(
        "send-items",
        [1, 2, 3].map((i) => ({ name: "test/item", data: { i } })),
      );
      return { count: sent.ids.length };
    });
    const perItem = h.client.createFunction(
      { id: "per-item", triggers: [{ event: "test/item" }] },
      async ({ event }) => {
        return (event.data as { i: number }).i * 10;
      },
    );
    await h.serve([fanOut, perItem]);
    await h.client.send({ name: "test/batch", data: {} });
    expect((await h.waitForRun("fan-out", { status: "completed" })).output).toEqual({ count: 3 });
    const items = await h.waitForRuns("per-item", 3);
    expect(items.map((r) => r.output).sort()).toEqual([10, 20, 30]);
  });

  test("step.invoke returns the child's result, and a failing child's error to the parent", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const child = h.client.createFunction(
      { id: "child", triggers: [{ event: "test/child-unused" }] },
      async ({ event }) => {
        const n = (event.data as { n: number }).n;
        return { doubled: n * 2 };
      },
    );
    const failingChild = h.client.createFunction(
      { id: "failing-child", retries: 0, triggers: [{ event: "test/failing-child-unused" }] },
      async () => {
        throw new Error("child broke");
      },
    );
    const parent = h.client.createFunction({ id: "parent", triggers: [{ event: "test/parent" }] }, async ({ step }) => {
      const ok = await step.invoke("call-child", { function: child, data: { n: 21 } });
      let failure = "";
      try {
        await step.invoke("call-failing-child", { function: failingChild, data: {} });
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      return { ok, failure };
    });
    await h.serve([child, failingChild, parent]);
    await h.client.send({ name: "test/parent", data: {} });
    const run = await h.waitForRun("parent", { status: "completed" });
    expect(run.output).toMatchObject({ ok: { doubled: 42 } });
    expect((run.output as { failure: string }).failure).toContain("child broke");
    const [childRun] = await listRuns(h.engineUrl, { functionId: h.fnId("child") });
    expect(childRun?.event.name).toBe("inngest/function.invoked");
    expect(childRun?.parent_run_id).toBe(run.id);
  });

  test("an event id is accepted once: a repeat triggers nothing", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "dedup", triggers: [{ event: "test/dedup" }] },
      async ({ event }) => event.data,
    );
    await h.serve([fn]);
    const first = await h.client.send({ id: "order-17", name: "test/dedup", data: { copy: 1 } });
    const second = await h.client.send({ id: "order-17", name: "test/dedup", data: { copy: 2 } });
    expect(second.ids).toEqual(first.ids);
    // Runs are created before send() returns, so the count is final here.
    expect(await listRuns(h.engineUrl, { functionId: h.fnId("dedup") })).toHaveLength(1);
    expect((await h.waitForRun("dedup", { status: "completed" })).output).toEqual({ copy: 1 });
  });

  test("a function's idempotency key runs it once per key", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "once-per-user", idempotency: "event.data.userId", triggers: [{ event: "test/signup" }] },
      async ({ event }) => event.data,
    );
    await h.serve([fn]);
    await h.client.send([
      { name: "test/signup", data: { userId: "u1", n: 1 } },
      { name: "test/signup", data: { userId: "u1", n: 2 } },
      { name: "test/signup", data: { userId: "u2", n: 3 } },
    ]);
    const runs = await listRuns(h.engineUrl, { functionId: h.fnId("once-per-user") });
    expect(runs.map((r) => (r.event.data as { n: number }).n).sort()).toEqual([1, 3]);
  });

  test("a cron trigger starts runs on schedule", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "every-second", triggers: [{ cron: "* * * * * *" }] },
      async ({ event }) => ({ name: event.name }),
    );
    await h.serve([fn]);
    const run = await h.waitForRun("every-second", { status: "completed", timeoutMs: 5_000 });
    expect(run.output).toEqual({ name: "inngest/scheduled.timer" });
    expect(run.event.data).toEqual({ cron: "* * * * * *" });
  });

  test("the admin fire-cron starts a daily function's run now, and answers 404 for a function without a cron", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const daily = h.client.createFunction(
      { id: "every-morning", triggers: [{ cron: "TZ=Asia/Baku 0 9 * * *" }] },
      async ({ event }) => ({ name: event.name }),
    );
    const onEvent = h.client.createFunction({ id: "on-event", triggers: [{ event: "test/never" }] }, async () => null);
    await h.serve([daily, onEvent]);
    const fired = await postJson(
      new URL(`/admin/functions/${h.fnId("every-morning")}/fire-cron`, h.engineUrl).toString(),
    );
    expect(fired).toEqual({ function_id: h.fnId("every-morning"), fired: 1 });
    const run = await h.waitForRun("every-morning", { status: "completed", timeoutMs: 5_000 });
    expect(run.event.data).toEqual({ cron: "TZ=Asia/Baku 0 9 * * *" });
    await expect(
      postJson(new URL(`/admin/functions/${h.fnId("on-event")}/fire-cron`, h.engineUrl).toString()),
    ).rejects.toThrow(/404/);
  });
});
