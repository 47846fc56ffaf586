import { backoffDelayMs, retryAfterAt } from "./backoff";
import type { EngineContext } from "./context";
import { applyOps } from "./op-handlers";
import { completeRun, continueIfIdle, failRun } from "./run-state";
import { type ReplyOutcome, buildRunRequestBody, sendRunRequest, stepUrl } from "./sdk-request";
import { addHistory } from "./store/history-store";
import {
  deleteJob,
  finishJobAndLockRun,
  insertJob,
  type JobRow,
  type LeasedJob,
  queueLeasedDiscoveryIfIdle,
} from "./store/jobs-store";
import { lockRun } from "./store/runs-store";
import { countOutstanding } from "./store/steps-store";

/**
 * Runs one leased job: build the request from the run row read with the lease (no further read), call the app
 * (no transaction open), record the reply (short transaction holding the run lock). A crash between the call and
 * the record leaves the job queued, so the request is made again after restart: a step that had not reported may
 * run twice, one that had never does.
 */
export async function executeJob(
  ctx: EngineContext,
  leased: LeasedJob,
  signal: AbortSignal,
  handOn: { leaseUntil: Date } | undefined,
): Promise<LeasedJob | undefined> {
  const { s } = ctx;
  const { job, run } = leased;
  const fn = (await ctx.functions()).get(run.function_id);
  if (!fn) {
    await ctx.db.tx(async (client) => {
      const locked = await lockRun(client, s, run.id);
      if (locked?.status === "running")
        await failRun(ctx, client, locked, {
          name: "InngestLocalError",
          message: `function "${run.function_id}" is not synced any more`,
        });
      await deleteJob(client, s, job.id);
    });
    return undefined;
  }
  // While planned steps wait for their own request, a discovery must not run one of them inline.
  const body = buildRunRequestBody(
    run,
    leased.dispatchId,
    leased.memo,
    leased.stack,
    job.attempt,
    fn.maxAttempts,
    leased.hasPlanned,
  );
  const reply = await sendRunRequest(stepUrl(fn.url, job.step_hash), body, ctx.settings, signal);
  if (signal.aborted) return undefined; // the engine is stopping: the job stays queued and runs after restart
  return recordOutcome(ctx, job, run.seq, fn.maxAttempts, reply.outcome, reply.reqVersion, handOn);
}

async function recordOutcome(
  ctx: EngineContext,
  job: JobRow,
  seqAtSend: number,
  maxAttempts: number,
  outcome: ReplyOutcome,
  reqVersion: number | undefined,
  handOn: { leaseUntil: Date } | undefined,
): Promise<LeasedJob | undefined> {
  const { s } = ctx;
  return ctx.db.tx(async (client): Promise<LeasedJob | undefined> => {
    const run = await finishJobAndLockRun(client, s, job, reqVersion);
    if (!run) return undefined; // the run ended (or the job was dropped) meanwhile: the reply no longer applies
    const now = ctx.now();

    switch (outcome.kind) {
      case "completed":
        await completeRun(ctx, client, run, outcome.output);
        return undefined;
      case "fatal":
        await failRun(ctx, client, run, outcome.error);
        return undefined;
      case "protocol":
        await failRun(ctx, client, run, { name: "InngestLocalProtocolError", message: outcome.message });
        return undefined;
      case "retriable": {
        const nextAttempt = job.attempt + 1;
        if (nextAttempt >= maxAttempts) {
          await failRun(ctx, client, run, outcome.error);
          return undefined;
        }
        const at =
          retryAfterAt(outcome.retryAfter, now.getTime()) ??
          now.getTime() +
            backoffDelayMs(nextAttempt, { baseMs: ctx.settings.backoffBaseMs, maxMs: ctx.settings.backoffMaxMs });
        await insertJob(
          client,
          s,
          { runId: run.id, stepHash: job.step_hash, attempt: nextAttempt, runAt: new Date(at) },
          now,
        );
        await addHistory(
          client,
          s,
          {
            runId: run.id,
            kind: "request.errored",
            stepHash: job.step_hash,
            detail: { attempt: job.attempt, retry_at: new Date(at).toISOString(), error: outcome.error },
          },
          now,
        );
        return undefined;
      }
      case "ops": {
        const result = await applyOps(
          { ctx, client, run, job, maxAttempts, retryAfter: outcome.retryAfter },
          outcome.ops,
        );
        if (result.ended) return undefined;
        // A reply that changes nothing, when nothing else changed the run either, would loop forever.
        if (!result.progress && run.seq === seqAtSend && (await countOutstanding(client, s, run.id)) === 0) {
          await failRun(ctx, client, run, {
            name: "InngestLocalProtocolError",
            message: `the SDK reported no new step and did not finish (ops: ${outcome.ops.map((op) => op.op).join(", ") || "none"})`,
          });
          return undefined;
        }
        if (handOn) return queueLeasedDiscoveryIfIdle(client, s, run.id, ctx.now(), handOn.leaseUntil);
        await continueIfIdle(ctx, client, run.id);
        return undefined;
      }
    }
  });
  // No wake here: the dispatcher wakes itself when this job's promise settles, after the COMMIT above.
}
