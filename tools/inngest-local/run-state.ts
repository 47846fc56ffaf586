import type pg from "pg";
import type { EngineContext } from "./context";
import { newId } from "./ids";
import type { TSerializedError } from "./protocol";
import { insertEvent } from "./store/events-store";
import { addHistory } from "./store/history-store";
import { deleteRunJobs, insertJob, queueDiscoveryIfIdle } from "./store/jobs-store";
import { type RunRow, endRun, insertRun, lockRun } from "./store/runs-store";
import {
  type LockedRunStep,
  type StepStatus,
  cancelOutstanding,
  finishOutstandingStep,
  lockRunWithStep,
  outstandingStatuses,
} from "./store/steps-store";
import type { StoredFunction } from "./store/functions-store";
import { concurrencyKeys, decideStart } from "./flow-control";

/**
 * State transitions of a run. Each runs inside a transaction that holds the run's row lock, so an event resolving
 * a wait, a timer firing and a reply being recorded are serialized per run and never lose each other's changes.
 * None of them wakes the dispatcher: the caller does, after COMMIT, so the new job is visible when it looks.
 */

/** When nothing is outstanding (no planned step, sleep, wait or invoke), the SDK must be asked what comes next. */
export async function continueIfIdle(ctx: EngineContext, client: pg.PoolClient, runId: string): Promise<void> {
  await queueDiscoveryIfIdle(client, ctx.s, runId, ctx.now());
}

export interface StepResolution {
  result: { status: "completed"; data: unknown } | { status: "failed"; error: TSerializedError };
  /** The history entry's kind, e.g. "wait.matched". */
  reason: string;
}

/**
 * Resolves an outstanding step from outside the in-flight request (event, timer, child run), in two statements:
 * lock the run and read the step, then `finishOutstandingStep`. `resolve` picks the result from what was locked
 * (a timer's depends on whether the step sleeps, waits or invokes; a wait's condition reads the run's trigger
 * event); undefined leaves the step alone. Bumping `seq` tells the in-flight request's handler that its reply is
 * stale. Returns false when the step was no longer outstanding or was left alone.
 */
export async function resolveOutstandingStep(
  ctx: EngineContext,
  client: pg.PoolClient,
  runId: string,
  hash: string,
  resolve: (locked: LockedRunStep & { stepStatus: StepStatus }) => StepResolution | undefined,
): Promise<boolean> {
  const locked = await lockRunWithStep(client, ctx.s, runId, hash);
  if (locked?.runStatus !== "running") return false;
  const { stepStatus } = locked;
  if (!stepStatus || !outstandingStatuses.includes(stepStatus)) return false;
  const resolution = resolve({ ...locked, stepStatus });
  if (!resolution) return false;
  return finishOutstandingStep(client, ctx.s, { runId, hash, reason: resolution.reason }, resolution.result, ctx.now());
}

/**
 * Creates a run and queues its first request, unless the function's flow control or idempotency key says no
 * (then `skipped` says why). A throttled run's first request waits for its slot.
 */
export async function startRun(
  ctx: EngineContext,
  client: pg.PoolClient,
  fn: StoredFunction,
  event: Record<string, unknown>,
  extra: { parentRunId?: string; parentStep?: string; idempotencyKey?: string } = {},
): Promise<{ runId: string } | { skipped: string }> {
  const runId = newId();
  const now = ctx.now();
  const decision = await decideStart(client, ctx.s, fn.id, fn.flow, event, now);
  if (!decision.start) return { skipped: decision.reason };
  const inserted = await insertRun(
    client,
    ctx.s,
    {
      id: runId,
      functionId: fn.id,
      event,
      ...extra,
      concurrencyKeys: concurrencyKeys(fn.id, fn.flow, event),
      rateKey: decision.rateKey,
      singletonKey: decision.singletonKey,
    },
    now,
  );
  if (!inserted) return { skipped: `idempotency key "${extra.idempotencyKey ?? ""}" already used` };
  for (const cancelled of decision.cancelRunIds) await cancelRun(ctx, client, cancelled, `singleton: run ${runId}`);
  await insertJob(client, ctx.s, { runId, stepHash: null, attempt: 0, runAt: decision.runAt }, now);
  await addHistory(
    client,
    ctx.s,
    {
      runId,
      kind: "run.started",
      detail: {
        function_id: fn.id,
        event: event.name,
        ...(decision.runAt > now ? { throttled_until: decision.runAt.toISOString() } : {}),
      },
    },
    now,
  );
  return { runId };
}

/** Ends a running run as cancelled (a singleton's newer run replaced it): no retries, no `onFailure`. */
async function cancelRun(ctx: EngineContext, client: pg.PoolClient, runId: string, reason: string): Promise<void> {
  const run = await lockRun(client, ctx.s, runId);
  if (run?.status !== "running") return;
  const now = ctx.now();
  await endRun(client, ctx.s, runId, { status: "cancelled", reason }, now);
  await cancelOutstanding(client, ctx.s, runId);
  await deleteRunJobs(client, ctx.s, runId);
  await addHistory(client, ctx.s, { runId, kind: "run.cancelled", detail: { reason } }, now);
}

export async function completeRun(
  ctx: EngineContext,
  client: pg.PoolClient,
  run: RunRow,
  output: unknown,
): Promise<void> {
  const now = ctx.now();
  await endRun(client, ctx.s, run.id, { status: "completed", output }, now);
  await cancelOutstanding(client, ctx.s, run.id);
  await deleteRunJobs(client, ctx.s, run.id);
  await addHistory(client, ctx.s, { runId: run.id, kind: "run.completed" }, now);
  if (run.parent_run_id && run.parent_step) {
    await resolveOutstandingStep(ctx, client, run.parent_run_id, run.parent_step, () => ({
      result: { status: "completed", data: output ?? null },
      reason: "invoke.completed",
    }));
  }
}

/**
 * Fails the run, tells an invoking parent, and emits `inngest/function.failed` (which runs `onFailure` handlers
 * through ordinary event routing, as Inngest does).
 */
export async function failRun(
  ctx: EngineContext,
  client: pg.PoolClient,
  run: RunRow,
  error: TSerializedError,
): Promise<void> {
  const now = ctx.now();
  await endRun(client, ctx.s, run.id, { status: "failed", error }, now);
  await cancelOutstanding(client, ctx.s, run.id);
  await deleteRunJobs(client, ctx.s, run.id);
  await addHistory(client, ctx.s, { runId: run.id, kind: "run.failed", detail: error }, now);
  ctx.logger.warn(`run ${run.id} of ${run.function_id} failed: ${error.name}: ${error.message}`);
  if (run.parent_run_id && run.parent_step) {
    await resolveOutstandingStep(ctx, client, run.parent_run_id, run.parent_step, () => ({
      result: { status: "failed", error },
      reason: "invoke.failed",
    }));
  }
  const internalId = newId();
  await insertEvent(
    client,
    ctx.s,
    {
      internalId,
      externalId: null,
      name: "inngest/function.failed",
      payload: {
        name: "inngest/function.failed",
        id: internalId,
        ts: now.getTime(),
        data: { function_id: run.function_id, run_id: run.id, error, event: run.event },
      },
      routed: true,
    },
    now,
  );
}
