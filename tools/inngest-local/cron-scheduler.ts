import type pg from "pg";
import type { EngineContext } from "./context";
import { nextCronTime } from "./cron-schedule";
import { newId } from "./ids";
import { startRun } from "./run-state";
import { lockDueCrons, replaceCrons, setNextCron } from "./store/crons-store";
import { insertEvent } from "./store/events-store";
import type { StoredFunction } from "./store/functions-store";

/** At sync: one schedule per cron trigger of the app's functions; an unchanged cron keeps its next firing. */
export async function scheduleCrons(
  client: pg.PoolClient,
  s: string,
  functions: StoredFunction[],
  now: Date,
): Promise<void> {
  const crons = functions.flatMap((fn) =>
    fn.triggers.flatMap((t) =>
      "cron" in t ? [{ functionId: fn.id, cron: t.cron, nextAt: nextCronTime(t.cron, now) }] : [],
    ),
  );
  await replaceCrons(
    client,
    s,
    functions.map((fn) => fn.id),
    crons,
  );
}

/**
 * Fires due schedules. A cron starts a run of its own function only (event `inngest/scheduled.timer`, not routed
 * to other functions). Firings missed while the engine was down are collapsed into one.
 */
export async function fireDueCrons(ctx: EngineContext): Promise<void> {
  // Loaded before the transaction: loading them inside would hold one connection while waiting for another.
  const functions = await ctx.functions();
  const fired = await ctx.db.tx(async (client) => {
    const now = ctx.now();
    const dueCrons = await lockDueCrons(client, ctx.s, now);
    for (const due of dueCrons) {
      await setNextCron(client, ctx.s, due.function_id, due.cron, nextCronTime(due.cron, now));
      const fn = functions.get(due.function_id);
      if (!fn) continue;
      const internalId = newId(now.getTime());
      const event = { name: "inngest/scheduled.timer", id: internalId, ts: now.getTime(), data: { cron: due.cron } };
      await insertEvent(
        client,
        ctx.s,
        { internalId, externalId: null, name: event.name, payload: event, routed: false },
        now,
      );
      await startRun(ctx, client, fn, event);
    }
    return dueCrons.length > 0;
  });
  if (fired) ctx.wake();
}
