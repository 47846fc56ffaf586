import { backoffDelayMs, retryAfterAt } from "./backoff";
import type { EngineContext } from "./context";
import { applyOps } from "./op-handlers";
import { completeRun, continueIfIdle, failRun } from "./run-state";
import { type ReplyOutcome, buildRunRequestBody, sendRunRequest, stepUrl } from "./sdk-request";
import { addHistory } from "./store/history-store";
import { deleteJob, finishJobAndLockRun, insertJob, type JobRow } from "./store/jobs-store";
import { type RunRow, lockRun } from "./store/runs-store";
import { countOutstanding, finishedSteps } from "./store/steps-store";

/**
 * Runs one claimed job: read the run's state (short transaction), call the app (no transaction open), record the
 * reply (short transaction holding the run lock). A crash between the call and the record leaves the job queued,
 * so the request is made again after restart: a step that had not reported may run twice, one that had never does.
 */
export async function executeJob(ctx: EngineContext, job: JobRow, run: RunRow, signal: AbortSignal): Promise<void> {
  const { s } = ctx;
  const fn = (await ctx.functions()).get(run.function_id);
  // Read without a transaction: the lease keeps other requests of this run away, and a change made meanwhile by
  // an event or a timer bumps the run's seq, which the reply handler checks.
  const [finished, planned] = await Promise.all([
    finishedSteps(ctx.db.pool, s, run.id),
    job.step_hash === null ? countOutstanding(ctx.db.pool, s, run.id, ["planned"]) : Promise.resolve(0),
  ]);
  // While planned steps wait for their own request, a discovery must not run one of them inline.
  const prepared = fn
    ? { fn, body: buildRunRequestBody(run, finished, job.attempt, fn.maxAttempts, planned > 0) }
    : undefined;

  if (!prepared) {
    await ctx.db.tx(async (client) => {
      const locked = await lockRun(client, s, run.id);
      if (locked?.status === "running")
        await failRun(ctx, client, locked, {
          name: "InngestLocalError",
          message: `function "${run.function_id}" is not synced any more`,
        });
      await deleteJob(client, s, job.id);
    });
    return;
  }

  const url = stepUrl(prepared.fn.url, job.step_hash);
  const reply = await sendRunRequest(url, prepared.body, ctx.settings, signal);
  if (signal.aborted) return; // the engine is stopping: the job stays queued and runs after restart
  await recordOutcome(ctx, job, run.seq, prepared.fn.maxAttempts, reply.outcome, reply.reqVersion);
}

async function recordOutcome(
  ctx: EngineContext,
  job: JobRow,
  seqAtSend: number,
  maxAttempts: number,
  outcome: ReplyOutcome,
  reqVersion: number | undefined,
): Promise<void> {
  const { s } = ctx;
  await ctx.db.tx(async (client) => {
    const run = await finishJobAndLockRun(client, s, job, reqVersion);
    if (!run) return; // the run ended meanwhile (or its lease went elsewhere): the reply no longer applies
    const now = ctx.now();

    switch (outcome.kind) {
      case "completed":
        await completeRun(ctx, client, run, outcome.output);
        return;
      case "fatal":
        await failRun(ctx, client, run, outcome.error);
        return;
      case "protocol":
        await failRun(ctx, client, run, { name: "InngestLocalProtocolError", message: outcome.message });
        return;
      case "retriable": {
        const nextAttempt = job.attempt + 1;
        if (nextAttempt >= maxAttempts) {
          await failRun(ctx, client, run, outcome.error);
          return;
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
        return;
      }
      case "ops": {
        const result = await applyOps(
          { ctx, client, run, job, maxAttempts, retryAfter: outcome.retryAfter },
          outcome.ops,
        );
        if (result.ended) return;
        // A reply that changes nothing, when nothing else changed the run either, would loop forever.
        if (!result.progress && run.seq === seqAtSend && (await countOutstanding(client, s, run.id)) === 0) {
          await failRun(ctx, client, run, {
            name: "InngestLocalProtocolError",
            message: `the SDK reported no new step and did not finish (ops: ${outcome.ops.map((op) => op.op).join(", ") || "none"})`,
          });
          return;
        }
        await continueIfIdle(ctx, client, run.id);
        return;
      }
    }
  });
  // No wake here: the dispatcher wakes itself when this job's promise settles, after the COMMIT above.
}
