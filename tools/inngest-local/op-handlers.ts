import type pg from "pg";
import { backoffDelayMs, retryAfterAt } from "./backoff";
import type { EngineContext } from "./context";
import { endsAt } from "./duration";
import { newId } from "./ids";
import { type TOutgoingOp, type TSerializedError, ZInvokeOpts, ZWaitForEventOpts, toSerializedError } from "./protocol";
import { completeRun, failRun, startRun } from "./run-state";
import { getFunction } from "./store/functions-store";
import { addHistory } from "./store/history-store";
import { deleteJobsForStep, insertJob, type JobRow } from "./store/jobs-store";
import type { RunRow } from "./store/runs-store";
import { finishStep, getStep, insertStep, noteStepError, planSteps, recordStepResult } from "./store/steps-store";
import { expressionError } from "./wait-matcher";
import { waitKeyOf } from "./wait-key";

/**
 * Applies the ops of one 206 reply to the run, inside the transaction that holds the run's lock. Every opcode the
 * SDK may send is either handled here or fails the run with a message naming it: nothing is skipped silently.
 */
export interface OpContext {
  ctx: EngineContext;
  client: pg.PoolClient;
  run: RunRow;
  job: JobRow;
  maxAttempts: number;
  retryAfter: string | null;
}

/** `progress`: the reply changed the run; `ended`: the run completed or failed. */
export interface OpResult {
  progress: boolean;
  ended: boolean;
}

type OpHandler = (c: OpContext, op: TOutgoingOp) => Promise<OpResult>;

const noChange: OpResult = { progress: false, ended: false };
const changed: OpResult = { progress: true, ended: false };

const label = (op: TOutgoingOp) => op.displayName ?? op.name ?? op.id;

async function fail(c: OpContext, error: TSerializedError): Promise<OpResult> {
  await failRun(c.ctx, c.client, c.run, error);
  return { progress: true, ended: true };
}

/** A new op for a hash the run already knows is a re-report (a stale or parallel discovery): nothing to do. */
async function isKnown(c: OpContext, op: TOutgoingOp): Promise<boolean> {
  return (await getStep(c.client, c.ctx.s, c.run.id, op.id)) !== undefined;
}

const stepRun: OpHandler = async (c, op) => {
  const { ctx, client, run, job } = c;
  const now = ctx.now();
  const recorded = await recordStepResult(
    client,
    ctx.s,
    { runId: run.id, hash: op.id, op: "StepRun", name: op.name, displayName: op.displayName, attempts: job.attempt },
    { status: "completed", data: op.data ?? null },
    now,
  );
  if (!recorded) {
    ctx.logger.warn(`step "${label(op)}" of run ${run.id} reported twice; keeping the first result`);
    return noChange;
  }
  // The SDK may run a planned step inline during a discovery; its queued job must not run it a second time.
  if (recorded.existed && job.step_hash !== op.id) await deleteJobsForStep(client, ctx.s, run.id, op.id, job.id);
  // No history entry: the step row itself records the result, and a sequential step stays one round trip cheaper.
  return changed;
};

const stepFailed: OpHandler = async (c, op) => {
  const { ctx, client, run, job } = c;
  const now = ctx.now();
  const error = toSerializedError(op.error);
  // A failed step is memoized as an error: the function sees it thrown and may catch it.
  const recorded = await recordStepResult(
    client,
    ctx.s,
    {
      runId: run.id,
      hash: op.id,
      op: "StepRun",
      name: op.name,
      displayName: op.displayName,
      attempts: job.attempt + 1,
    },
    { status: "failed", error },
    now,
  );
  if (!recorded) return noChange;
  if (recorded.existed) await deleteJobsForStep(client, ctx.s, run.id, op.id, job.id);
  await addHistory(
    client,
    ctx.s,
    { runId: run.id, kind: "step.failed", stepHash: op.id, detail: { name: label(op), attempt: job.attempt, error } },
    now,
  );
  return changed;
};

const stepError: OpHandler = async (c, op) => {
  const { ctx, client, run, job } = c;
  const nextAttempt = job.attempt + 1;
  // The SDK marks the last attempt StepFailed itself; this guards an SDK that does not.
  if (nextAttempt >= c.maxAttempts) return stepFailed(c, op);
  const existing = await getStep(client, ctx.s, run.id, op.id);
  if (existing && existing.status !== "planned") return noChange;
  const now = ctx.now();
  const error = toSerializedError(op.error);
  if (!existing)
    await insertStep(
      client,
      ctx.s,
      { runId: run.id, hash: op.id, op: "StepRun", name: op.name, displayName: op.displayName, status: "planned" },
      now,
    );
  await noteStepError(client, ctx.s, run.id, op.id, nextAttempt, error);
  const at =
    retryAfterAt(c.retryAfter, now.getTime()) ??
    now.getTime() +
      backoffDelayMs(nextAttempt, { baseMs: ctx.settings.backoffBaseMs, maxMs: ctx.settings.backoffMaxMs });
  await deleteJobsForStep(client, ctx.s, run.id, op.id, job.id);
  await insertJob(client, ctx.s, { runId: run.id, stepHash: op.id, attempt: nextAttempt, runAt: new Date(at) }, now);
  await addHistory(
    client,
    ctx.s,
    {
      runId: run.id,
      kind: "step.errored",
      stepHash: op.id,
      detail: { name: label(op), attempt: job.attempt, retry_at: new Date(at).toISOString(), error },
    },
    now,
  );
  return changed;
};

/** All StepPlanned ops of a reply at once (`Promise.all` reports one per parallel step): one statement. */
async function planAll(c: OpContext, ops: TOutgoingOp[]): Promise<OpResult> {
  const planned = await planSteps(
    c.client,
    c.ctx.s,
    c.run.id,
    ops.map((op) => ({ hash: op.id, name: op.name ?? null, displayName: op.displayName ?? null, opts: op.opts })),
    c.ctx.now(),
  );
  return planned.length > 0 ? changed : noChange;
}

const sleep: OpHandler = async (c, op) => {
  const { ctx, client, run } = c;
  if (await isKnown(c, op)) return noChange;
  const now = ctx.now();
  const wakeAt = endsAt(op.name ?? "", now.getTime());
  if (wakeAt === undefined)
    return fail(c, {
      name: "InngestLocalUnsupported",
      message: `step "${label(op)}": cannot read sleep "${op.name ?? ""}" (expected a duration like 1h30m or an ISO date)`,
    });
  await insertStep(
    client,
    ctx.s,
    {
      runId: run.id,
      hash: op.id,
      op: "Sleep",
      name: op.name,
      displayName: op.displayName,
      status: "sleeping",
      wakeAt: new Date(wakeAt),
    },
    now,
  );
  await addHistory(
    client,
    ctx.s,
    {
      runId: run.id,
      kind: "step.sleeping",
      stepHash: op.id,
      detail: { name: label(op), until: new Date(wakeAt).toISOString() },
    },
    now,
  );
  return changed;
};

const waitForEvent: OpHandler = async (c, op) => {
  const { ctx, client, run } = c;
  if (await isKnown(c, op)) return noChange;
  const opts = ZWaitForEventOpts.safeParse(op.opts ?? {});
  if (!opts.success || !op.name)
    return fail(c, {
      name: "InngestLocalProtocolError",
      message: `step "${label(op)}": WaitForEvent without an event name or timeout`,
    });
  const now = ctx.now();
  const timeoutAt = endsAt(opts.data.timeout, now.getTime());
  if (timeoutAt === undefined)
    return fail(c, {
      name: "InngestLocalUnsupported",
      message: `step "${label(op)}": cannot read wait timeout "${opts.data.timeout}"`,
    });
  const condition = opts.data.if ?? null;
  const invalid = condition ? expressionError(condition) : undefined;
  if (invalid)
    return fail(c, {
      name: "InngestLocalInvalidExpression",
      message: `step "${label(op)}": invalid CEL expression "${condition}": ${invalid}`,
    });
  const wakeAt = new Date(timeoutAt);
  await insertStep(
    client,
    ctx.s,
    {
      runId: run.id,
      hash: op.id,
      op: "WaitForEvent",
      name: op.name,
      displayName: op.displayName,
      status: "waiting",
      opts: op.opts,
      wakeAt,
      waitEvent: op.name,
      waitIf: condition,
      waitKey: waitKeyOf(condition, run.event),
    },
    now,
  );
  await addHistory(
    client,
    ctx.s,
    {
      runId: run.id,
      kind: "step.waiting",
      stepHash: op.id,
      detail: { name: label(op), event: op.name, if: condition, timeout_at: wakeAt.toISOString() },
    },
    now,
  );
  return changed;
};

const invokeFunction: OpHandler = async (c, op) => {
  const { ctx, client, run } = c;
  if (await isKnown(c, op)) return noChange;
  const opts = ZInvokeOpts.safeParse(op.opts ?? {});
  if (!opts.success)
    return fail(c, {
      name: "InngestLocalProtocolError",
      message: `step "${label(op)}": InvokeFunction without function_id or payload`,
    });
  const now = ctx.now();
  const timeoutAt = opts.data.timeout ? endsAt(opts.data.timeout, now.getTime()) : undefined;
  if (opts.data.timeout && timeoutAt === undefined)
    return fail(c, {
      name: "InngestLocalUnsupported",
      message: `step "${label(op)}": cannot read invoke timeout "${opts.data.timeout}"`,
    });
  const base = {
    runId: run.id,
    hash: op.id,
    op: "InvokeFunction",
    name: op.name,
    displayName: op.displayName,
    opts: op.opts,
  };
  const target = await getFunction(client, ctx.s, opts.data.function_id);
  if (!target) {
    await insertStep(client, ctx.s, { ...base, status: "planned" }, now);
    await finishStep(
      client,
      ctx.s,
      run.id,
      op.id,
      {
        status: "failed",
        error: { name: "Error", message: `could not invoke "${opts.data.function_id}": no such function is synced` },
      },
      now,
    );
    return changed;
  }
  await insertStep(
    client,
    ctx.s,
    { ...base, status: "invoking", wakeAt: timeoutAt === undefined ? null : new Date(timeoutAt) },
    now,
  );
  const eventId = newId();
  const payload = opts.data.payload;
  const data = payload.data && typeof payload.data === "object" ? (payload.data as Record<string, unknown>) : {};
  // Inngest tags the invocation event with its source in `data._inngest`; the same here keeps app code identical.
  const event = {
    name: "inngest/function.invoked",
    id: eventId,
    ts: now.getTime(),
    data: {
      ...data,
      _inngest: { source_fn_id: run.function_id, source_run_id: run.id, invoke_correlation_id: `${run.id}.${op.id}` },
    },
    ...(payload.v ? { v: payload.v } : {}),
  };
  const started = await startRun(ctx, client, target, event, { parentRunId: run.id, parentStep: op.id });
  if ("skipped" in started) {
    // The child's flow control refused it (rate limit, singleton): the invoke fails at once, as it would time out.
    await finishStep(
      client,
      ctx.s,
      run.id,
      op.id,
      { status: "failed", error: { name: "Error", message: `could not invoke "${target.id}": ${started.skipped}` } },
      now,
    );
    return changed;
  }
  const childId = started.runId;
  await addHistory(
    client,
    ctx.s,
    {
      runId: run.id,
      kind: "step.invoking",
      stepHash: op.id,
      detail: { name: label(op), function_id: target.id, child_run_id: childId },
    },
    now,
  );
  return changed;
};

const runComplete: OpHandler = async (c, op) => {
  await completeRun(c.ctx, c.client, c.run, op.data ?? null);
  return { progress: true, ended: true };
};

const handlers: Record<string, OpHandler> = {
  StepRun: stepRun,
  StepError: stepError,
  StepFailed: stepFailed,
  Sleep: sleep,
  WaitForEvent: waitForEvent,
  InvokeFunction: invokeFunction,
  RunComplete: runComplete,
};

export async function applyOps(c: OpContext, ops: TOutgoingOp[]): Promise<OpResult> {
  let progress = false;
  const planned = ops.filter((op) => op.op === "StepPlanned");
  if (planned.length > 0) progress = (await planAll(c, planned)).progress;
  for (const op of ops) {
    if (op.op === "StepPlanned") continue;
    const handler = handlers[op.op];
    if (!handler) {
      return fail(c, {
        name: "InngestLocalUnsupported",
        message: `unsupported opcode "${op.op}" (step "${label(op)}"): inngest-local does not implement it; run this function against the Inngest Dev Server`,
      });
    }
    const result = await handler(c, op);
    if (result.ended) return result;
    progress ||= result.progress;
  }
  return { progress, ended: false };
}
