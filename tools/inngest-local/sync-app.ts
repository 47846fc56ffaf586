import type { EngineContext } from "./context";
import { cronError } from "./cron-schedule";
import { readFlowControl } from "./flow-control";
import { scheduleCrons } from "./cron-scheduler";
import { type AppRegistration, ZInBandSyncReply, unsupportedConfigKeys } from "./protocol";
import { signedHeaders } from "./sdk-request";
import { deleteCronsOfRemovedFunctions } from "./store/crons-store";
import { listFunctions, saveRegistration } from "./store/functions-store";
import { expressionError } from "./wait-matcher";

/**
 * Syncing: the engine asks the app for its functions (in-band: `PUT <app>` with `x-inngest-sync-kind: in_band`),
 * or the app posts them itself to `POST /fn/register` (out-of-band). Both end in `registerApp`.
 */

/** Rejects what the engine could not run (bad CEL, bad cron) and warns about options it does not honour. */
function checkRegistration(ctx: EngineContext, reg: AppRegistration): string[] {
  const problems: string[] = [];
  for (const fn of reg.functions) {
    for (const trigger of fn.triggers) {
      if ("cron" in trigger) {
        const err = cronError(trigger.cron);
        if (err) problems.push(`${fn.id}: invalid cron "${trigger.cron}": ${err}`);
        if (trigger.jitter) ctx.logger.warn(`${fn.id}: cron jitter "${trigger.jitter}" is ignored by inngest-local`);
      } else if (trigger.expression) {
        const err = expressionError(trigger.expression);
        if (err) problems.push(`${fn.id}: invalid trigger expression "${trigger.expression}": ${err}`);
      }
    }
    if (fn.idempotency) {
      const err = expressionError(fn.idempotency);
      if (err) problems.push(`${fn.id}: invalid idempotency expression "${fn.idempotency}": ${err}`);
    }
    const flow = readFlowControl(fn);
    if ("problem" in flow) problems.push(`${fn.id}: ${flow.problem}`);
    const config = fn as Record<string, unknown>;
    for (const key of unsupportedConfigKeys) {
      if (config[key] !== undefined && config[key] !== null) {
        ctx.logger.warn(
          `${fn.id}: "${key}" is not honoured by inngest-local (runs as if it were not set); use the Inngest Dev Server to test it`,
        );
      }
    }
  }
  return problems;
}

export async function registerApp(ctx: EngineContext, reg: AppRegistration): Promise<{ modified: boolean }> {
  const problems = checkRegistration(ctx, reg);
  if (problems.length) throw new Error(`sync of app "${reg.appId}" rejected: ${problems.join("; ")}`);
  const modified = await ctx.db.tx(async (client) => {
    const now = ctx.now();
    const changed = await saveRegistration(client, ctx.s, reg, now);
    const functions = (await listFunctions(client, ctx.s)).filter((fn) => fn.appId === reg.appId);
    await scheduleCrons(client, ctx.s, functions, now);
    await deleteCronsOfRemovedFunctions(client, ctx.s);
    return changed;
  });
  ctx.invalidateFunctions();
  if (modified)
    ctx.logger.info(
      `synced app "${reg.appId}" at ${reg.url}: ${reg.functions.map((fn) => fn.id).join(", ") || "no functions"}`,
    );
  ctx.wake();
  return { modified };
}

/** In-band sync of one app URL (e.g. http://localhost:3000/api/inngest). Throws with the reason on failure. */
export async function syncApp(ctx: EngineContext, appUrl: string): Promise<{ appId: string; modified: boolean }> {
  const body = { url: appUrl };
  const res = await fetch(appUrl, {
    method: "PUT",
    headers: { ...signedHeaders(body, ctx.settings), "x-inngest-sync-kind": "in_band" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`sync of ${appUrl} failed: HTTP ${res.status}: ${text.slice(0, 300)}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`sync of ${appUrl} failed: reply is not JSON: ${text.slice(0, 300)}`);
  }
  const parsed = ZInBandSyncReply.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `sync of ${appUrl} failed: not an in-band sync reply (is INNGEST_ALLOW_IN_BAND_SYNC=0 set?): ${parsed.error.message}`,
    );
  }
  const reg: AppRegistration = {
    appId: parsed.data.app_id,
    url: parsed.data.url,
    sdk: parsed.data.sdk,
    framework: parsed.data.framework,
    functions: parsed.data.functions,
  };
  const { modified } = await registerApp(ctx, reg);
  return { appId: reg.appId, modified };
}
