import { randomBytes } from "node:crypto";
import { describe, test } from "vitest";
import { startTestApp } from "./test-support/app-server";
import { listRuns, pollUntil, postJson } from "./test-support/engine-client";
import { executionCounter, setupFreshDatabase } from "./test-support/database";
import { type EngineProcess, freePort, spawnEngine } from "./test-support/engine-process";
import { modes, newClient, testEventKey, testSigningKey } from "./test-support/harness";

const db = setupFreshDatabase();

describe.concurrent.each(modes)("crash recovery (%s mode)", (mode) => {
  test("a run survives SIGKILL of the engine mid-step; no step that had reported its result runs again", async ({
    expect,
    onTestFinished,
  }) => {
    const port = await freePort();
    const schema = `crash_${randomBytes(4).toString("hex")}`;
    const appId = `crash-${mode}`;
    const client = newClient(mode, appId, `http://127.0.0.1:${port}`);
    const counter = executionCounter();
    let stepInFlight!: () => void;
    const inFlight = new Promise<void>((resolve) => (stepInFlight = resolve));
    let stepInFlightAgain!: () => void;
    const inFlightAgain = new Promise<void>((resolve) => (stepInFlightAgain = resolve));
    let releaseStep!: () => void;
    const release = new Promise<void>((resolve) => (releaseStep = resolve));

    const fn = client.createFunction({ id: "durable", triggers: [{ event: "test/durable" }] }, async ({ step }) => {
      const a = await step.run("one", () => counter.hit("one") && 1);
      const b = await step.run("two", () => counter.hit("two") && a + 1);
      await step.sleep("pause", "1s");
      const c = await step.run("three", async () => {
        counter.hit("three");
        if (counter.get("three") === 1) stepInFlight();
        else stepInFlightAgain();
        await release;
        return b + 1;
      });
      const d = await step.run("four", () => counter.hit("four") && c + 1);
      return { a, b, c, d };
    });
    const app = await startTestApp(client, [fn]);
    const env = {
      INNGEST_LOCAL_DATABASE_URL: db.url(),
      INNGEST_LOCAL_SCHEMA: schema,
      INNGEST_LOCAL_APP_URLS: app.url,
      INNGEST_LOCAL_BACKOFF_BASE_MS: "20",
      INNGEST_LOCAL_POLL_INTERVAL_MS: "20",
      ...(mode === "signed" ? { INNGEST_SIGNING_KEY: testSigningKey, INNGEST_LOCAL_EVENT_KEY: testEventKey } : {}),
    };
    let engine: EngineProcess = await spawnEngine(env, port);
    onTestFinished(async () => {
      releaseStep();
      await engine.kill("SIGTERM");
      await app.close();
    });
    await postJson(`${engine.url}/admin/sync`);

    await client.send({ name: "test/durable", data: {} });
    await inFlight;
    await engine.kill("SIGKILL");

    engine = await spawnEngine(env, port);
    // The new engine asks for "three" again while the old request still runs in the app. Released together, the
    // old request reports "three" to the new engine (same URL, same job) and must be told it is stale; otherwise
    // it would go on to run "four" beside the new request.
    await inFlightAgain;
    releaseStep();
    const run = await pollUntil(engine.url, "the run to finish after restart", async () => {
      const [r] = await listRuns(engine.url, { functionId: `${appId}-durable` });
      return r && r.status !== "running" ? r : undefined;
    });
    expect(run.status, engine.stderr()).toBe("completed");
    expect(run.output).toEqual({ a: 1, b: 2, c: 3, d: 4 });
    // "three" was in flight and had not reported, so it may run again (at-least-once); the others exactly once.
    expect(counter.all()).toEqual({ one: 1, two: 1, three: 2, four: 1 });
    expect(engine.stderr()).toContain("recovered 1 run(s)");
  });
});

// Dev mode only: signing changes nothing here, and every engine of this file starts at once.
describe("crash recovery of parallel steps", () => {
  const mode = "dev";
  test("parallel steps survive SIGKILL: the one that reported keeps its result, the one in flight runs again", async ({
    expect,
    onTestFinished,
  }) => {
    const port = await freePort();
    const schema = `crash_${randomBytes(4).toString("hex")}`;
    const appId = `crash-par-${mode}`;
    const client = newClient(mode, appId, `http://127.0.0.1:${port}`);
    const counter = executionCounter();
    let slowInFlight!: () => void;
    const inFlight = new Promise<void>((resolve) => (slowInFlight = resolve));
    let releaseSlow!: () => void;
    const release = new Promise<void>((resolve) => (releaseSlow = resolve));

    const fn = client.createFunction({ id: "durable-par", triggers: [{ event: "test/par" }] }, async ({ step }) => {
      const [fast, slow] = await Promise.all([
        step.run("fast", () => counter.hit("fast") && "f"),
        step.run("slow", async () => {
          counter.hit("slow");
          slowInFlight();
          await release;
          return "s";
        }),
      ]);
      const after = await step.run("after", () => counter.hit("after") && `${fast}${slow}`);
      return { after };
    });
    const app = await startTestApp(client, [fn]);
    const env = {
      INNGEST_LOCAL_DATABASE_URL: db.url(),
      INNGEST_LOCAL_SCHEMA: schema,
      INNGEST_LOCAL_APP_URLS: app.url,
      INNGEST_LOCAL_BACKOFF_BASE_MS: "20",
      INNGEST_LOCAL_POLL_INTERVAL_MS: "20",
    };
    let engine: EngineProcess = await spawnEngine(env, port);
    onTestFinished(async () => {
      releaseSlow();
      await engine.kill("SIGTERM");
      await app.close();
    });
    await postJson(`${engine.url}/admin/sync`);

    await client.send({ name: "test/par", data: {} });
    await inFlight;
    // "fast" went out with "slow" and has reported: its result is committed before the engine dies.
    await pollUntil(engine.url, "the fast step's result", async () => {
      const [r] = await listRuns(engine.url, { functionId: `${appId}-durable-par` });
      return r?.steps.some((s) => s.name === "fast" && s.status === "completed") ? true : undefined;
    });
    await engine.kill("SIGKILL");
    releaseSlow();

    engine = await spawnEngine(env, port);
    const run = await pollUntil(engine.url, "the run to finish after restart", async () => {
      const [r] = await listRuns(engine.url, { functionId: `${appId}-durable-par` });
      return r && r.status !== "running" ? r : undefined;
    });
    expect(run.status, engine.stderr()).toBe("completed");
    expect(run.output).toEqual({ after: "fs" });
    expect(counter.all()).toEqual({ fast: 1, slow: 2, after: 1 });
  });
});
