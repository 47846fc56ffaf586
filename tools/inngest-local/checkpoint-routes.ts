import type { EngineContext } from "./context";
import { HttpError, type Router } from "./http-server";
import { ZCheckpointBody } from "./protocol";
import { hashedSigningKey } from "./signing";
import { leasedJobOfRun } from "./store/jobs-store";
import { lockRun } from "./store/runs-store";
import { recordCheckpointedStep } from "./store/steps-store";

/**
 * `POST /v1/checkpoint/:runId/async`: the SDK's checkpointing. A discovery request carries `fn_id` and `qi_id` (the
 * job's id and the number of this lease of it), so the SDK runs the steps it finds one after another in that same request and reports each finished
 * step here before starting the next; only a wait, a sleep, parallel steps, an error or the end go back in the
 * request's reply. A step reported here is stored exactly as if a reply had carried it (first result wins), under
 * the run's lock, before the SDK goes on: a crash later in the request loses nothing already reported, and the
 * repeated request skips it (the memo). The answer 409 tells the SDK its request is stale (the job was dropped or
 * leased again to a newer request, e.g. after an engine restart, or the run ended), and it stops.
 */
export function addCheckpointRoutes(router: Router, ctx: EngineContext): void {
  router.add("POST", "/v1/checkpoint/:runId/async", async (req) => {
    const key = ctx.settings.signingKey;
    if (key && req.headers.authorization !== `Bearer ${hashedSigningKey(key)}`) {
      throw new HttpError(401, "unauthorized", { status: 401, error: "checkpoint: missing or wrong signing key" });
    }
    const parsed = ZCheckpointBody.safeParse(await req.body());
    if (!parsed.success || parsed.data.run_id !== req.params.runId) {
      throw new HttpError(400, "invalid checkpoint body", {
        status: 400,
        error: `invalid checkpoint body: ${parsed.success ? "run_id does not match the URL" : parsed.error.message}`,
      });
    }
    const { run_id: runId, qi_id: dispatchId, steps } = parsed.data;
    // Only finished steps may come this way; anything else belongs in the request's reply.
    const other = steps.find((step) => step.op !== "StepRun");
    if (other) throw new HttpError(400, "unsupported checkpoint op", { status: 400, error: `op ${other.op}` });
    const fn = (await ctx.functions()).get(parsed.data.fn_id);
    if (!fn) throw new HttpError(409, "stale dispatch", { status: 409, error: "the request is no longer current" });
    // Each step in one statement, in the order the SDK ran them (a buffered checkpoint carries several): the same as
    // if the SDK had reported them one by one, which it may.
    const [jobId = "", leaseToken = ""] = dispatchId.split(".");
    for (const step of steps) {
      const recorded = await recordCheckpointedStep(
        ctx.db.pool,
        ctx.s,
        {
          runId,
          functionId: fn.id,
          jobId,
          leaseToken,
          hash: step.id,
          name: step.name ?? null,
          displayName: step.displayName ?? null,
          data: step.data,
        },
        ctx.now(),
      );
      if (!recorded)
        throw new HttpError(409, "stale dispatch", { status: 409, error: "the request is no longer current" });
      if (!recorded.recorded)
        ctx.logger.warn(
          `step "${step.displayName ?? step.name ?? step.id}" of run ${runId} reported twice; keeping the first result`,
        );
    }
    if (steps.length > 0) return { status: 200, body: { status: 200 } };
    // No step: only whether the request is still current.
    const stale = await ctx.db.tx(async (client) => {
      const run = await lockRun(client, ctx.s, runId);
      const job = await leasedJobOfRun(client, ctx.s, runId, dispatchId);
      return !run || run.status !== "running" || run.function_id !== fn.id || !job;
    });
    if (stale) throw new HttpError(409, "stale dispatch", { status: 409, error: "the request is no longer current" });
    return { status: 200, body: { status: 200 } };
  });
}
