import type { EngineContext } from "./context";
import { resolveOutstandingStep } from "./run-state";
import { dueTimers } from "./store/steps-store";

/** Ends sleeps, and times out waits (result `null`) and invokes (an error), whose moment has come. */
export async function resolveDueTimers(ctx: EngineContext): Promise<number> {
  const due = await dueTimers(ctx.db.pool, ctx.s, ctx.now(), 100);
  let resolved = 0;
  for (const timer of due) {
    const done = await ctx.db.tx((client) =>
      resolveOutstandingStep(ctx, client, timer.run_id, timer.hash, ({ stepStatus }) => {
        if (stepStatus === "sleeping") return { result: { status: "completed", data: null }, reason: "sleep.ended" };
        if (stepStatus === "waiting") return { result: { status: "completed", data: null }, reason: "wait.timed_out" };
        if (stepStatus === "invoking")
          return {
            result: {
              status: "failed",
              error: {
                name: "InngestInvokeTimeoutError",
                message: "Timed out waiting for invoked function to complete",
              },
            },
            reason: "invoke.timed_out",
          };
        return undefined;
      }),
    );
    if (done) resolved++;
  }
  if (resolved) ctx.wake();
  return resolved;
}
