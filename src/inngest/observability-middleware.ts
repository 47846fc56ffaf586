import { Middleware } from "inngest";
import { withLogContext } from "@/server/observability/log-context";
import { inSpan } from "@/server/observability/tracing";

/**
 * Every Inngest function run writes its log lines with the function's id and run id, and every step attempt is a
 * span (`inngest.step <id>`) under the run's span, so a trace shows the chain's steps next to their agency and
 * bank calls.
 */
export class ObservabilityMiddleware extends Middleware.BaseMiddleware {
  readonly id = "vemtas-observability";

  override async wrapFunctionHandler({ ctx, fn, next }: Middleware.WrapFunctionHandlerArgs) {
    const fnId = fn.id();
    return withLogContext({ fn: fnId, requestId: ctx.runId }, () =>
      inSpan(`inngest.run ${fnId}`, { "inngest.function": fnId, "inngest.run_id": ctx.runId }, () => next()),
    );
  }

  override async wrapStepHandler({ fn, next, stepInfo }: Middleware.WrapStepHandlerArgs) {
    return inSpan(
      `inngest.step ${stepInfo.options.id}`,
      { "inngest.function": fn.id(), "inngest.step": stepInfo.options.id },
      () => next(),
    );
  }
}
