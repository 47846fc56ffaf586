import { describe, test } from "vitest";
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
