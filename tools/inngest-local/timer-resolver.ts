import type { EngineContext } from "./context";
import { resolveOutstandingStep } from "./run-state";
import { dueTimers, getStep } from "./store/steps-store";

/** Ends sleeps, and times out waits (result `null`) and invokes (an error), whose moment has come. */
export async function resolveDueTimers(ctx: EngineContext): Promise<number> {
  const due = await dueTimers(ctx.db.pool, ctx.s, ctx.now(), 100);
  let resolved = 0;
  for (const timer of due) {
    const done = await ctx.db.tx(async (client) => {
      const step = await getStep(client, ctx.s, timer.run_id, timer.hash);
      if (!step) return false;
      if (step.status === "sleeping")
        return resolveOutstandingStep(
          ctx,
          client,
          timer.run_id,
          timer.hash,
          { status: "completed", data: null },
          "sleep.ended",
        );
      if (step.status === "waiting")
        return resolveOutstandingStep(
          ctx,
          client,
          timer.run_id,
          timer.hash,
          { status: "completed", data: null },
          "wait.timed_out",
        );
      if (step.status === "invoking") {
        return resolveOutstandingStep(
          ctx,
          client,
          timer.run_id,
          timer.hash,
          {
            status: "failed",
            error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for invoked function to complete" },
          },
          "invoke.timed_out",
        );
      }
      return false;
    });
    if (done) resolved++;
  }
  if (resolved) ctx.wake();
  return resolved;
}
