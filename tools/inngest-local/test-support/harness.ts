import { randomBytes } from "node:crypto";
import { Inngest, type InngestFunction } from "inngest";
import { type EngineOptions, type RunningEngine, startEngine } from "../engine";
import { createMemoryLogger } from "../logger";
import { type TestApp, startTestApp } from "./app-server";
import { type TAdminRun, listRuns, pollUntil, postJson } from "./engine-client";

/**
 * One engine (fresh schema) plus one SDK app per test. `dev` is `isDev: true`; `signed` is the SDK's cloud mode
 * with a signing key and an event key, against an engine that signs its requests and checks the event key.
 */
export type Mode = "dev" | "signed";
export const modes: Mode[] = ["dev", "signed"];

export const testSigningKey = `signkey-test-${"5e1f".repeat(16)}`;
export const testEventKey = "test-event-key";

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

export interface Harness {
  mode: Mode;
  engine: RunningEngine;
  engineUrl: string;
  client: Inngest;
  appId: string;
  schema: string;
  logs: ReturnType<typeof createMemoryLogger>;
  fnId(id: string): string;
  serve(functions: InngestFunction.Any[]): Promise<TestApp>;
  waitForRun(
    fnId: string,
    options?: { status?: TAdminRun["status"]; count?: number; timeoutMs?: number },
  ): Promise<TAdminRun>;
  waitForRuns(fnId: string, count: number, timeoutMs?: number): Promise<TAdminRun[]>;
  fastForward(runId: string): Promise<void>;
  close(): Promise<void>;
}

export function newClient(mode: Mode, appId: string, engineUrl: string): Inngest {
  return new Inngest({
    id: appId,
    isDev: mode === "dev",
    baseUrl: engineUrl,
    logger: silent,
    ...(mode === "signed" ? { signingKey: testSigningKey, eventKey: testEventKey } : {}),
  });
}

/** Starts a harness that closes itself when the test ends (works for concurrent tests, unlike afterEach). */
export async function harnessForTest(
  mode: Mode,
  databaseUrl: string,
  context: { onTestFinished: (fn: () => Promise<void>) => void },
  overrides: Partial<EngineOptions> = {},
): Promise<Harness> {
  const harness = await startHarness(mode, databaseUrl, overrides);
  context.onTestFinished(() => harness.close());
  return harness;
}

export async function startHarness(
  mode: Mode,
  databaseUrl: string,
  overrides: Partial<EngineOptions> = {},
): Promise<Harness> {
  const schema = `e_${randomBytes(4).toString("hex")}`;
  const logs = createMemoryLogger();
  const engine = await startEngine({
    databaseUrl,
    schema,
    port: 0,
    backoffBaseMs: 20,
    pollIntervalMs: 20,
    resyncIntervalMs: 0,
    logger: logs,
    ...(mode === "signed" ? { signingKey: testSigningKey, eventKey: testEventKey } : {}),
    ...overrides,
  });
  const appId = `app-${randomBytes(3).toString("hex")}`;
  const client = newClient(mode, appId, engine.url);
  const apps: TestApp[] = [];
  const fnId = (id: string) => `${appId}-${id}`;

  const finished = (run: TAdminRun) => run.status !== "running";
  const harness: Harness = {
    mode,
    engine,
    engineUrl: engine.url,
    client,
    appId,
    schema,
    logs,
    fnId,
    serve: async (functions) => {
      const app = await startTestApp(client, functions);
      apps.push(app);
      await postJson(new URL("/admin/sync", engine.url).toString(), { url: app.url });
      return app;
    },
    waitForRun: async (id, options = {}) => {
      const runs = await harness.waitForRuns(id, options.count ?? 1, options.timeoutMs);
      const run = runs[runs.length - 1];
      if (!run) throw new Error("unreachable: no run");
      if (options.status && run.status !== options.status) {
        throw new Error(
          `run of ${id} ended ${run.status}, expected ${options.status}:\n${JSON.stringify(run, null, 2)}`,
        );
      }
      return run;
    },
    waitForRuns: (id, count, timeoutMs) =>
      pollUntil(
        engine.url,
        `${count} finished run(s) of ${fnId(id)}`,
        async () => {
          const runs = (await listRuns(engine.url, { functionId: fnId(id) })).filter(finished).reverse();
          return runs.length >= count ? runs : undefined;
        },
        timeoutMs,
      ),
    fastForward: async (runId) => {
      await postJson(new URL(`/admin/runs/${runId}/fast-forward`, engine.url).toString());
    },
    close: async () => {
      await engine.stop();
      for (const app of apps) await app.close();
    },
  };
  return harness;
}
