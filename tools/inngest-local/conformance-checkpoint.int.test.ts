import { describe, test } from "vitest";
import { listRuns, pollUntil } from "./test-support/engine-client";
import { executionCounter, setupFreshDatabase } from "./test-support/database";
import { harnessForTest, modes, testSigningKey } from "./test-support/harness";
import { hashedSigningKey } from "./signing";

const db = setupFreshDatabase();

describe.concurrent.each(modes)("checkpointing (%s mode)", (mode) => {
  test("consecutive steps run in one request, each reported as it finishes", async ({ expect, onTestFinished }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      { id: "checkpointed", triggers: [{ event: "test/checkpointed" }] },
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
    const app = await h.serve([fn]);
    await h.client.send({ name: "test/checkpointed", data: { n: 4 } });
    const run = await h.waitForRun("checkpointed", { status: "completed" });
    expect(run.output).toEqual({ a: 5, b: 10, c: "result 10" });
    expect(counter.all()).toEqual({ "add-one": 1, double: 1, describe: 1 });
    expect(run.steps.map((s) => s.name)).toEqual(["add-one", "double", "describe"]);
    expect(app.runRequests()).toBe(1);
  });

  test("buffered checkpoints (bufferedSteps) carry several steps at once, each stored in order, then a wait", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      {
        id: "buffered",
        triggers: [{ event: "test/buffered" }],
        checkpointing: { bufferedSteps: 2, maxInterval: "10s" },
      },
      async ({ step }) => {
        const results: number[] = [];
        for (const n of [1, 2, 3, 4, 5]) {
          results.push(
            await step.run(`step-${n}`, () => {
              counter.hit(`step-${n}`);
              return n * 10;
            }),
          );
        }
        // A wait forces out what is still buffered (step 5) with the request's reply.
        const answered = await step.waitForEvent("wait-go", { event: "test/buffered.go", timeout: "1h" });
        return { results, went: answered !== null };
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/buffered", data: {} });
    await pollUntil(h.engineUrl, "the buffered run waiting", async () => {
      const [run] = await listRuns(h.engineUrl, { functionId: h.fnId("buffered") });
      return run?.steps.some((st) => st.status === "waiting") ? true : undefined;
    });
    await h.client.send({ name: "test/buffered.go", data: {} });
    const run = await h.waitForRun("buffered", { status: "completed" });
    expect(run.output).toEqual({ results: [10, 20, 30, 40, 50], went: true });
    expect(counter.all()).toEqual({ "step-1": 1, "step-2": 1, "step-3": 1, "step-4": 1, "step-5": 1 });
    expect(run.steps.map((st) => st.name)).toEqual(["step-1", "step-2", "step-3", "step-4", "step-5", "wait-go"]);
  });

  test("a step reported by a checkpoint is not run again when the request fails after it", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished }, { backoffBaseMs: 20, backoffMaxMs: 50 });
    const counter = executionCounter();
    const fn = h.client.createFunction(
      { id: "fails-after-step", triggers: [{ event: "test/fails-after-step" }], retries: 2 },
      async ({ step, attempt }) => {
        const charged = await step.run("charge", () => {
          counter.hit("charge");
          return "charged";
        });
        // Outside any step: the whole request fails once, after the checkpoint of "charge".
        if (attempt === 0) throw new Error("the app fell over");
        return await step.run("receipt", () => {
          counter.hit("receipt");
          return `${charged}, receipt sent`;
        });
      },
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/fails-after-step", data: {} });
    const run = await h.waitForRun("fails-after-step", { status: "completed" });
    expect(run.output).toBe("charged, receipt sent");
    expect(counter.all()).toEqual({ charge: 1, receipt: 1 });
  });

  test("a checkpoint from a request that is no longer current is refused with 409", async ({
    expect,
    onTestFinished,
  }) => {
    const h = await harnessForTest(mode, db.url(), { onTestFinished });
    const fn = h.client.createFunction({ id: "finished", triggers: [{ event: "test/finished" }] }, async ({ step }) =>
      step.run("only", () => "done"),
    );
    await h.serve([fn]);
    await h.client.send({ name: "test/finished", data: {} });
    const run = await h.waitForRun("finished", { status: "completed" });
    const late = await fetch(new URL(`/v1/checkpoint/${run.id}/async`, h.engineUrl), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(mode === "signed" ? { authorization: `Bearer ${hashedSigningKey(testSigningKey)}` } : {}),
      },
      body: JSON.stringify({
        run_id: run.id,
        fn_id: run.function_id,
        qi_id: "1.1",
        steps: [{ id: "late-step", op: "StepRun", data: 1 }],
      }),
    });
    expect(late.status).toBe(409);
  });
});
