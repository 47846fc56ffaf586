import { z } from "zod";
import type { EngineContext } from "./context";
import { HttpError, type Router } from "./http-server";
import { fireDueCrons } from "./cron-scheduler";
import { makeCronsDue } from "./store/crons-store";
import { listFunctions } from "./store/functions-store";
import { listHistory } from "./store/history-store";
import { pullJobsForward } from "./store/jobs-store";
import { type RunRow, getRun, listRuns } from "./store/runs-store";
import { listRunWaits, listSteps, wakeAllTimers } from "./store/steps-store";
import { syncApp } from "./sync-app";
import { resolveDueTimers } from "./timer-resolver";

/**
 * Admin endpoints for tests and demos (no authentication: bind the engine to localhost). `GET /admin/runs` lists
 * runs with their steps, status, errors and history, so a failing end-to-end test can print why.
 */
const ZRunsQuery = z.object({
  function_id: z.string().optional(),
  status: z.enum(["running", "completed", "failed", "cancelled"]).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  /** `waits`: each run's event, its waiting steps' names and its count of completed steps only (a poller's view). */
  view: z.enum(["full", "waits"]).default("full"),
});

async function describeRuns(ctx: EngineContext, runs: RunRow[]) {
  const ids = runs.map((run) => run.id);
  const [steps, history] = await Promise.all([
    listSteps(ctx.db.pool, ctx.s, ids),
    listHistory(ctx.db.pool, ctx.s, ids),
  ]);
  return runs.map((run) => ({
    id: run.id,
    function_id: run.function_id,
    status: run.status,
    event: run.event,
    output: run.output,
    error: run.error,
    parent_run_id: run.parent_run_id,
    created_at: run.created_at,
    ended_at: run.ended_at,
    steps: steps
      .filter((step) => step.run_id === run.id)
      .map((step) => ({
        id: step.hash,
        name: step.display_name ?? step.name,
        op: step.op,
        status: step.status,
        attempts: step.attempts,
        data: step.data,
        error: step.error,
        wake_at: step.wake_at,
        wait_event: step.wait_event,
        wait_if: step.wait_if,
      })),
    history: history
      .filter((h) => h.run_id === run.id)
      .map(({ at, kind, step_hash, detail }) => ({ at, kind, step: step_hash, detail })),
  }));
}

async function describeRunWaits(ctx: EngineContext, runs: RunRow[]) {
  const waits = new Map(
    (
      await listRunWaits(
        ctx.db.pool,
        ctx.s,
        runs.map((run) => run.id),
      )
    ).map((row) => [row.run_id, row]),
  );
  return runs.map((run) => ({
    id: run.id,
    function_id: run.function_id,
    status: run.status,
    event: run.event,
    waiting: waits.get(run.id)?.waiting ?? [],
    completed_steps: waits.get(run.id)?.completed ?? 0,
  }));
}

const ZSyncBody = z.object({ url: z.string().url() }).optional();

export function addAdminRoutes(router: Router, ctx: EngineContext, syncAll: () => Promise<unknown>): void {
  router.add("GET", "/health", async () => ({ status: 200, body: { ok: true } }));

  router.add("GET", "/admin/functions", async () => ({
    status: 200,
    body: { functions: await listFunctions(ctx.db.pool, ctx.s) },
  }));

  router.add("GET", "/admin/runs", async (req) => {
    const query = ZRunsQuery.safeParse(Object.fromEntries(req.url.searchParams));
    if (!query.success) throw new HttpError(400, query.error.message);
    const runs = await listRuns(ctx.db.pool, ctx.s, {
      functionId: query.data.function_id,
      status: query.data.status,
      limit: query.data.limit,
    });
    const described = query.data.view === "waits" ? describeRunWaits(ctx, runs) : describeRuns(ctx, runs);
    return { status: 200, body: { runs: await described } };
  });

  router.add("GET", "/admin/runs/:id", async (req) => {
    const run = await getRun(ctx.db.pool, ctx.s, req.params.id ?? "");
    if (!run) throw new HttpError(404, `no run ${req.params.id}`);
    const [described] = await describeRuns(ctx, [run]);
    return { status: 200, body: described };
  });

  // Ends every sleep, wait timeout and invoke timeout of the run now, and pulls its retry backoffs forward.
  router.add("POST", "/admin/runs/:id/fast-forward", async (req) => {
    const runId = req.params.id ?? "";
    const now = ctx.now();
    const result = await ctx.db.tx(async (client) => {
      const run = await getRun(client, ctx.s, runId);
      if (!run) return undefined;
      return {
        timers: await wakeAllTimers(client, ctx.s, runId, now),
        jobs: await pullJobsForward(client, ctx.s, runId, now),
      };
    });
    if (!result) throw new HttpError(404, `no run ${runId}`);
    // Resolved before replying, so a test that fast-forwards then polls sees the run move on.
    await resolveDueTimers(ctx);
    ctx.wake();
    return { status: 200, body: { run_id: runId, fast_forwarded: result } };
  });

  // Fires the function's cron now, as if its time had come, so a daily job can be tested and demonstrated without
  // waiting for it (the Inngest dev server's "invoke" does the same from its UI). The next firing is unchanged.
  router.add("POST", "/admin/functions/:id/fire-cron", async (req) => {
    const functionId = req.params.id ?? "";
    const due = await makeCronsDue(ctx.db.pool, ctx.s, functionId, ctx.now());
    if (due === 0) throw new HttpError(404, `no cron schedule for function ${functionId}`);
    await fireDueCrons(ctx);
    return { status: 200, body: { function_id: functionId, fired: due } };
  });

  // Without a body: re-sync the configured apps. With `{url}`: sync that app once (tests, ad-hoc apps).
  router.add("POST", "/admin/sync", async (req) => {
    const body = ZSyncBody.safeParse(await req.body());
    if (!body.success) throw new HttpError(400, body.error.message);
    if (!body.data) return { status: 200, body: { apps: await syncAll() } };
    try {
      return { status: 200, body: { apps: [{ url: body.data.url, ...(await syncApp(ctx, body.data.url)) }] } };
    } catch (err) {
      throw new HttpError(502, err instanceof Error ? err.message : String(err));
    }
  });
}
