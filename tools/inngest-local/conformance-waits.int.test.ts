import pg from "pg";
import { describe, test } from "vitest";
import { listRuns, pollUntil } from "./test-support/engine-client";
import { setupFreshDatabase } from "./test-support/database";
import { type Harness, harnessForTest, modes } from "./test-support/harness";

const db = setupFreshDatabase();

/** Waits until the run of `fnId` has an outstanding step in the given status, and returns the run id. */
async function runBlockedOn(h: Harness, fnId: string, status: "sleeping" | "waiting"): Promise<string> {
  return pollUntil(h.engineUrl, `a run of ${fnId} ${status}`, async () => {
    const [run] = await listRuns(h.engineUrl, { functionId: h.fnId(fnId) });
    return run?.steps.some((s) => s.status === status) ? run.id : undefined;
  });
}

describe.concurrent.each(modes)("sleeps and waits (%s mode)", (mode) => {
  test("step.sleep and step.sleepUntil end on time, and the admin fast-forward ends a 7-day sleep now", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
      const started = await step.run("start", () => Date.now());
      await step.sleep("short-nap", "1s");
      const afterNap = await step.run("after-nap", () => Date.now());
      await step.sleepUntil("until-soon", new Date(afterNap + 1000));
      const afterUntil = await step.run("after-until", () => Date.now());
      await step.sleep("a-week", "7d");
      return { nap: afterNap - started, until: afterUntil - afterNap };
    });
    await h.serve([fn]);
    await h.client.send({ name: "test/sleep", data: {} });
    // Poll until the run reaches the week-long sleep, then skip it.
    const runId = await pollUntil(h.engineUrl, "the 7-day sleep", async () => {
      const [run] = await listRuns(h.engineUrl, { functionId: h.fnId("sleeper") });
      return run?.steps.some((s) => s.name === "a-week" && s.status === "sleeping") ? run.id : undefined;
    });
    await h.fastForward(runId);
    const run = await h.waitForRun("sleeper", { status: "completed" });
    const { nap, until } = run.output as { nap: number; until: number };
    expect(nap).toBeGreaterThanOrEqual(1000);
    expect(until).toBeGreaterThanOrEqual(950);
  });

  test("waitForEvent with match is resolved by a later matching event, not by others", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "await-approval", triggers: [{ event: "test/application.submitted" }] },
      async ({ step }) => {
        const approval = await step.waitForEvent("wait-approval", {
          event: "test/application.approved",
          match: "data.applicationId",
          timeout: "7d",
        });
        return { approvedBy: (approval?.data as { by?: string } | undefined)?.by ?? null };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/application.submitted", data: { applicationId: "A-1" } });
    const runId = await runBlockedOn(h, "await-approval", "waiting");
    // The poller's view names the wait and nothing of the steps' data.
    const waits = new URL("/admin/runs?view=waits&status=running", h.engineUrl);
    waits.searchParams.set("function_id", h.fnId("await-approval"));
    expect(((await (await fetch(waits)).json()) as { runs: unknown[] }).runs).toEqual([
      {
        id: runId,
        function_id: h.fnId("await-approval"),
        status: "running",
        event: expect.objectContaining({ name: "test/application.submitted" }),
        waiting: ["wait-approval"],
        completed_steps: 0,
      },
    ]);
    await h.client.send({ name: "test/application.approved", data: { applicationId: "A-2", by: "wrong" } });
    await h.client.send({ name: "test/application.approved", data: { applicationId: "A-1", by: "ines" } });
    expect((await h.waitForRun("await-approval", { status: "completed" })).output).toEqual({ approvedBy: "ines" });
  });

  test("with many runs waiting on one event name, each event resolves only the runs its match names", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "await-many", triggers: [{ event: "test/case.opened" }] },
      async ({ event, step }) => {
        const data = event.data as { caseId: string | number };
        // A string is keyed in the engine's index (wait-key.ts), a number is matched by its condition alone.
        const answer = await step.waitForEvent("wait-answer", {
          event: "test/case.answered",
          match: "data.caseId",
          timeout: "7d",
        });
        return { caseId: data.caseId, by: (answer?.data as { by?: string } | undefined)?.by ?? null };
      },
    );
    await h.serve([fn]);
    const ids: (string | number)[] = ["C-1", "C-2", "C-3", 4, 5];
    for (const caseId of ids) await h.client.send({ name: "test/case.opened", data: { caseId } });
    await pollUntil(h.engineUrl, "five runs waiting", async () => {
      const runs = await listRuns(h.engineUrl, { functionId: h.fnId("await-many") });
      const waiting = runs.filter((r) => r.steps.some((st) => st.status === "waiting"));
      return waiting.length === ids.length ? true : undefined;
    });
    await h.client.send({ name: "test/case.answered", data: { caseId: "C-9", by: "nobody" } });
    await h.client.send({ name: "test/case.answered", data: { caseId: "C-2", by: "ana" } });
    await h.client.send({ name: "test/case.answered", data: { caseId: 5, by: "leyla" } });
    await h.client.send({ name: "test/case.answered", data: { caseId: "4", by: "text, not the number" } });
    const done = await h.waitForRuns("await-many", 2);
    expect(done.map((r) => r.output).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { caseId: "C-2", by: "ana" },
      { caseId: 5, by: "leyla" },
    ]);
    // The others still wait: answer them, each with its own.
    for (const caseId of ["C-1", "C-3", 4])
      await h.client.send({ name: "test/case.answered", data: { caseId, by: `for ${caseId}` } });
    const all = await h.waitForRuns("await-many", 5);
    for (const run of all) {
      const { caseId, by } = run.output as { caseId: string | number; by: string };
      expect(by).toBe(caseId === "C-2" ? "ana" : caseId === 5 ? "leyla" : `for ${caseId}`);
    }
  });

  test("waitForEvent with an if expression compares the trigger (event) and the incoming event (async)", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "await-payment", triggers: [{ event: "test/invoice.sent" }] },
      async ({ step }) => {
        const paid = await step.waitForEvent("wait-payment", {
          event: "test/invoice.paid",
          if: "event.data.invoice == async.data.invoice && async.data.amount >= event.data.amount",
          timeout: "1h",
        });
        return { amount: (paid?.data as { amount?: number } | undefined)?.amount ?? null };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/invoice.sent", data: { invoice: "I-9", amount: 100 } });
    await runBlockedOn(h, "await-payment", "waiting");
    await h.client.send({ name: "test/invoice.paid", data: { invoice: "I-9", amount: 40 } });
    await h.client.send({ name: "test/invoice.paid", data: { invoice: "I-9", amount: 120 } });
    expect((await h.waitForRun("await-payment", { status: "completed" })).output).toEqual({ amount: 120 });
  });

  test("waitForEvent resolves to null at its timeout (fast-forwarded)", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "await-timeout", triggers: [{ event: "test/timeout" }] },
      async ({ step }) => {
        const result = await step.waitForEvent("wait-reply", { event: "test/reply", timeout: "7d" });
        return { timedOut: result === null };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/timeout", data: {} });
    await h.fastForward(await runBlockedOn(h, "await-timeout", "waiting"));
    expect((await h.waitForRun("await-timeout", { status: "completed" })).output).toEqual({ timedOut: true });
  });

  test("a waitForEvent timeout given as a Date ends the wait at that moment", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction(
      { id: "await-until", triggers: [{ event: "test/until" }] },
      async ({ event, step }) => {
        const until = new Date((event.data as { until: number }).until);
        const result = await step.waitForEvent("wait-reply", { event: "test/reply", timeout: until });
        return { timedOut: result === null, at: Date.now() >= until.getTime() };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/until", data: { until: Date.now() + 1_500 } });
    expect((await h.waitForRun("await-until", { status: "completed", timeoutMs: 10_000 })).output).toEqual({
      timedOut: true,
      at: true,
    });
  });

  test("an event that arrives while a step of the same run is in flight still resolves the wait", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    let stepStarted!: () => void;
    const started = new Promise<void>((resolve) => (stepStarted = resolve));
    let releaseStep!: () => void;
    const release = new Promise<void>((resolve) => (releaseStep = resolve));
    const fn = h.client.createFunction({ id: "race", triggers: [{ event: "test/race" }] }, async ({ step }) => {
      const [slow, signal] = await Promise.all([
        step.run("slow-step", async () => {
          stepStarted();
          await release;
          return "slow done";
        }),
        step.waitForEvent("wait-signal", { event: "test/signal", timeout: "1h" }),
      ]);
      return { slow, signal: (signal?.data as { v?: number } | undefined)?.v ?? null };
    });
    await h.serve([fn]);
    await h.client.send({ name: "test/race", data: {} });
    await started;
    // The slow step's request is in flight now; the event is matched before send() returns.
    await h.client.send({ name: "test/signal", data: { v: 7 } });
    releaseStep();
    expect((await h.waitForRun("race", { status: "completed" })).output).toEqual({ slow: "slow done", signal: 7 });
  });

  test("an event both starts the functions its triggers name and resolves the waits it matches", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const waiter = h.client.createFunction(
      { id: "waiter", triggers: [{ event: "test/wait.start" }] },
      async ({ step }) => {
        const got = await step.waitForEvent("wait-shared", { event: "test/shared", match: "data.key", timeout: "1h" });
        return { start: (got?.data as { start?: boolean } | undefined)?.start ?? null };
      },
    );
    // Started only by an event whose `start` is true: the other one starts nothing and only resolves a wait (the
    // engine stores such an event with its trigger phase done).
    const starter = h.client.createFunction(
      { id: "starter", triggers: [{ event: "test/shared", if: "event.data.start == true" }] },
      async ({ event }) => ({ key: (event.data as { key: string }).key }),
    );
    await h.serve([waiter, starter]);
    for (const [key, start] of [
      ["k1", false],
      ["k2", true],
    ] as const) {
      await h.client.send({ name: "test/wait.start", data: { key } });
      await pollUntil(h.engineUrl, `the waiter of ${key}`, async () => {
        const runs = await listRuns(h.engineUrl, { functionId: h.fnId("waiter") });
        const waiting = (r: (typeof runs)[number]) =>
          r.steps.some((st) => st.status === "waiting") && (r.event.data as { key?: string }).key === key;
        return runs.some(waiting) || undefined;
      });
      await h.client.send({ name: "test/shared", data: { key, start } });
    }
    const waited = await h.waitForRuns("waiter", 2);
    expect(waited.map((r) => r.output).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { start: false },
      { start: true },
    ]);
    const started = await h.waitForRuns("starter", 1);
    expect(started.map((r) => r.output)).toEqual([{ key: "k2" }]);
    expect(await listRuns(h.engineUrl, { functionId: h.fnId("starter") })).toHaveLength(1);
    // Every event is fully processed (an event left half-done would be processed again at every poll).
    const client = new pg.Client({ connectionString: db.url() });
    await client.connect();
    onTestFinished(() => client.end());
    const { rows } = await client.query<{ left: number }>(
      `SELECT count(*)::int AS left FROM ${h.schema}.events WHERE NOT (triggers_done AND waits_done)`,
    );
    expect(rows[0]?.left).toBe(0);
  });
});
