/**
 * Engine overhead per step: a function of 20 trivial sequential steps and one of 20 parallel steps, run through
 * the local engine (a separate process, as in development) and, for comparison, driven directly: the same HTTP
 * calls to the same serve handler made by a minimal in-process driver with no database. Run:
 *   npx tsx bench/inngest-engine-overhead.ts
 * Needs PostgreSQL (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from "node:crypto";
import { Inngest } from "inngest";
import { freshDatabase } from "../tests/support/fresh-database";
import { startTestApp } from "../tools/inngest-local/test-support/app-server";
import { listRuns, pollUntil, postJson } from "../tools/inngest-local/test-support/engine-client";
import { freePort, spawnEngine } from "../tools/inngest-local/test-support/engine-process";

const steps = 20;
const iterations = Number(process.env.BENCH_ITERATIONS ?? 7);
const warmups = 2;

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined };

type StepState = Record<string, { type: "data"; data: unknown }>;
interface Op {
  id: string;
  op: string;
  data?: unknown;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main() {
  const db = await freshDatabase("bench");
  const port = await freePort();
  const appId = `bench-${randomBytes(2).toString("hex")}`;
  const client = new Inngest({ id: appId, isDev: true, baseUrl: `http://127.0.0.1:${port}`, logger: silent });
  const sequential = client.createFunction(
    { id: "sequential-20", triggers: [{ event: "bench/sequential" }] },
    async ({ step }) => {
      let total = 0;
      for (let i = 0; i < steps; i++) total += await step.run(`step-${i}`, () => i);
      return total;
    },
  );
  const parallel = client.createFunction(
    { id: "parallel-20", triggers: [{ event: "bench/parallel" }] },
    async ({ step }) => {
      const values = await Promise.all(Array.from({ length: steps }, (_, i) => step.run(`step-${i}`, () => i)));
      return values.reduce((a, b) => a + b, 0);
    },
  );
  const app = await startTestApp(client, [sequential, parallel]);
  const engine = await spawnEngine(
    {
      INNGEST_LOCAL_DATABASE_URL: db.url,
      INNGEST_LOCAL_SCHEMA: "inngest_bench",
      INNGEST_LOCAL_APP_URLS: app.url,
      INNGEST_LOCAL_POLL_INTERVAL_MS: "100",
    },
    port,
  );

  /** One run through the engine; duration from the engine's own timestamps (event received → run ended). */
  async function viaEngine(fnId: string, eventName: string, nth: number): Promise<number> {
    await client.send({ name: eventName, data: {} });
    const run = await pollUntil(
      engine.url,
      `run ${nth} of ${fnId}`,
      async () => {
        const runs = await listRuns(engine.url, { functionId: `${appId}-${fnId}`, status: "completed" });
        return runs.length >= nth ? runs[0] : undefined;
      },
      60_000,
      // Slow polling on purpose: the duration comes from the engine's timestamps, and polling competes for CPU.
      100,
    );
    if (!run.ended_at) throw new Error("run has no end time");
    return new Date(run.ended_at).getTime() - new Date(run.created_at).getTime();
  }

  /** The same protocol calls made directly: discovery, the SDK running each step inline or as requested. */
  async function call(
    fnId: string,
    eventName: string,
    stepId: string,
    state: StepState,
    stack: string[],
    version: number,
  ) {
    // The SDK checks that the event is one of the function's triggers.
    const event = { name: eventName, data: {}, id: randomBytes(8).toString("hex"), ts: Date.now() };
    const body = {
      event,
      events: [event],
      steps: state,
      ctx: {
        run_id: "direct",
        attempt: 0,
        max_attempts: 5,
        disable_immediate_execution: false,
        use_api: false,
        stack: { stack, current: Math.max(0, stack.length - 1) },
      },
      version,
    };
    const res = await fetch(`${app.url}?fnId=${appId}-${fnId}&stepId=${stepId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as unknown;
    return { status: res.status, json, version: Number(res.headers.get("x-inngest-req-version") ?? version) };
  }

  async function direct(fnId: string, eventName: string): Promise<{ ms: number; calls: number }> {
    const state: StepState = {};
    const stack: string[] = [];
    let version = -1;
    let calls = 0;
    const started = performance.now();
    for (;;) {
      const reply = await call(fnId, eventName, "step", state, stack, version);
      calls++;
      version = reply.version;
      if (reply.status === 200) break;
      if (!Array.isArray(reply.json))
        throw new Error(`unexpected reply ${reply.status}: ${JSON.stringify(reply.json)}`);
      const ops = reply.json as Op[];
      const planned = ops.filter((op) => op.op === "StepPlanned");
      for (const op of ops.filter((o) => o.op === "StepRun")) {
        state[op.id] = { type: "data", data: op.data ?? null };
        stack.push(op.id);
      }
      for (const op of planned) {
        const ran = await call(fnId, eventName, op.id, state, stack, version);
        calls++;
        const [result] = ran.json as Op[];
        if (!result || result.op !== "StepRun") throw new Error(`unexpected reply ${JSON.stringify(ran.json)}`);
        state[result.id] = { type: "data", data: result.data ?? null };
        stack.push(result.id);
      }
    }
    return { ms: performance.now() - started, calls };
  }

  await postJson(`${engine.url}/admin/sync`);
  const rows: string[][] = [];
  const cases = [
    { fnId: "sequential-20", event: "bench/sequential", label: `${steps} sequential steps` },
    { fnId: "parallel-20", event: "bench/parallel", label: `${steps} parallel steps` },
  ];
  for (const c of cases) {
    const engineMs: number[] = [];
    const directMs: number[] = [];
    let directCalls = 0;
    for (let i = 0; i < warmups + iterations; i++) {
      // Alternate, so both see the same machine load.
      const e = await viaEngine(c.fnId, c.event, i + 1);
      const d = await direct(c.fnId, c.event);
      directCalls = d.calls;
      if (i >= warmups) {
        engineMs.push(e);
        directMs.push(d.ms);
      }
    }
    const em = median(engineMs);
    const dm = median(directMs);
    rows.push([
      c.label,
      String(directCalls),
      dm.toFixed(0),
      em.toFixed(0),
      (em / dm).toFixed(2),
      ((em - dm) / steps).toFixed(1),
    ]);
  }

  const header = ["function", "HTTP calls", "direct ms", "engine ms", "ratio", "overhead ms/step"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ");
  console.log(
    `inngest-local overhead (median of ${iterations} runs after ${warmups} warm-ups; engine in its own process)`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));

  await engine.kill("SIGTERM");
  await app.close();
  await db.drop();
}

await main();
