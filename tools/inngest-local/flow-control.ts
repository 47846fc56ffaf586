import type pg from "pg";
import { z } from "zod";
import { parseDurationMs } from "./duration";
import { evaluateKey, expressionError } from "./wait-matcher";

/**
 * The flow control a function declares, as Inngest applies it:
 * - `concurrency`: at most `limit` requests (steps executing) at once per key; a sleeping or waiting run holds no
 *   slot. `scope: "fn"` (default) counts per function, `"env"`/`"account"` share the key across functions.
 *   Enforced by the dispatcher when it picks jobs (job-dispatcher.ts); other runs' jobs go first meanwhile.
 * - `throttle`: run starts per key are spaced `period / limit` apart (GCRA), `burst` (default 1) may start at
 *   once; excess runs wait in line, none is dropped.
 * - `rateLimit`: at most `limit` runs per key start within any `period`; the excess events start no run.
 * - `singleton`: one running run per key; `mode: "skip"` starts no run while one runs, `"cancel"` ends the
 *   running one (failed, with a cancellation error) and starts the new one.
 * - `idempotency` (run-state.ts): one run per key, ever (Inngest keeps the key 24 hours).
 */
const ZKeyExpression = z.string().min(1);
const ZConcurrency = z.object({
  limit: z.number().int().min(0),
  key: ZKeyExpression.optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});
const ZPeriod = z.string().refine((text) => (parseDurationMs(text) ?? 0) > 0, "a positive duration such as 1m");
export const ZFlowControlConfig = z.object({
  concurrency: z.union([z.number().int().min(0), ZConcurrency, z.array(ZConcurrency)]).nullish(),
  throttle: z
    .object({
      limit: z.number().int().min(1),
      period: ZPeriod,
      key: ZKeyExpression.optional(),
      burst: z.number().int().min(1).optional(),
    })
    .nullish(),
  rateLimit: z.object({ limit: z.number().int().min(1), period: ZPeriod, key: ZKeyExpression.optional() }).nullish(),
  singleton: z.object({ key: ZKeyExpression.optional(), mode: z.enum(["skip", "cancel"]) }).nullish(),
});

export interface ConcurrencyLimit {
  limit: number;
  key?: string;
  scope: "fn" | "env" | "account";
}

export interface FlowControl {
  concurrency: ConcurrencyLimit[];
  throttle?: { limit: number; periodMs: number; key?: string; burst: number };
  rateLimit?: { limit: number; periodMs: number; key?: string };
  singleton?: { key?: string; mode: "skip" | "cancel" };
}

/** Reads a registered function's flow control; a problem is a reason to reject the sync. */
export function readFlowControl(config: unknown): { flow: FlowControl } | { problem: string } {
  const parsed = ZFlowControlConfig.safeParse(config);
  if (!parsed.success) return { problem: `invalid flow control: ${parsed.error.issues[0]?.message ?? "?"}` };
  const c = parsed.data;
  const concurrency: ConcurrencyLimit[] = (
    typeof c.concurrency === "number"
      ? [{ limit: c.concurrency }]
      : Array.isArray(c.concurrency)
        ? c.concurrency
        : c.concurrency
          ? [c.concurrency]
          : []
  )
    // Inngest reads a limit of 0 as "no limit of its own".
    .filter((entry) => entry.limit > 0)
    .map((entry) => ({ limit: entry.limit, key: entry.key, scope: entry.scope ?? "fn" }));
  const flow: FlowControl = { concurrency };
  if (c.throttle)
    flow.throttle = {
      limit: c.throttle.limit,
      periodMs: parseDurationMs(c.throttle.period) ?? 0,
      key: c.throttle.key,
      burst: c.throttle.burst ?? 1,
    };
  if (c.rateLimit)
    flow.rateLimit = {
      limit: c.rateLimit.limit,
      periodMs: parseDurationMs(c.rateLimit.period) ?? 0,
      key: c.rateLimit.key,
    };
  if (c.singleton) flow.singleton = { key: c.singleton.key, mode: c.singleton.mode };
  const expressions = [
    ...concurrency.map((entry) => entry.key),
    flow.throttle?.key,
    flow.rateLimit?.key,
    flow.singleton?.key,
  ];
  for (const expression of expressions) {
    const err = expression ? expressionError(expression) : undefined;
    if (err) return { problem: `invalid key expression "${expression}": ${err}` };
  }
  const unkeyedShared = concurrency.find((entry) => entry.scope !== "fn" && !entry.key);
  if (unkeyedShared) return { problem: `concurrency with scope "${unkeyedShared.scope}" needs a key` };
  return { flow };
}

/** A key as Inngest groups it: an expression that does not evaluate puts the run in the empty-key group. */
const keyOf = (expression: string | undefined, event: Record<string, unknown>) =>
  expression ? (evaluateKey(expression, { event }) ?? "") : "";

/**
 * The concurrency groups of a run, evaluated once when it starts: `<limit>|<scope>|<function or ->|<key>`, so the
 * dispatcher needs neither the function's config nor the event to count slots.
 */
export function concurrencyKeys(functionId: string, flow: FlowControl, event: Record<string, unknown>): string[] {
  return flow.concurrency.map(
    (entry) => `${entry.limit}|${entry.scope}|${entry.scope === "fn" ? functionId : "-"}|${keyOf(entry.key, event)}`,
  );
}

/** The limit a concurrency group string carries (see `concurrencyKeys`); the rest of it is the group. */
export function splitConcurrencyKey(key: string): { limit: number; group: string } {
  const bar = key.indexOf("|");
  return { limit: Number(key.slice(0, bar)), group: key.slice(bar + 1) };
}

export type StartDecision =
  | { start: true; runAt: Date; rateKey?: string; singletonKey?: string; cancelRunIds: string[] }
  | { start: false; reason: string };

/**
 * Decides, inside the transaction that creates the run, whether and when it starts. Serialized per function by
 * an advisory lock, so two events arriving together never both take the last slot.
 */
export async function decideStart(
  client: pg.PoolClient,
  s: string,
  functionId: string,
  flow: FlowControl,
  event: Record<string, unknown>,
  now: Date,
): Promise<StartDecision> {
  if (!flow.throttle && !flow.rateLimit && !flow.singleton) return { start: true, runAt: now, cancelRunIds: [] };
  await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`inngest-local:start:${s}:${functionId}`]);
  let rateKey: string | undefined;
  if (flow.rateLimit) {
    rateKey = keyOf(flow.rateLimit.key, event);
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${s}.runs WHERE function_id = $1 AND rate_key = $2 AND created_at > $3`,
      [functionId, rateKey, new Date(now.getTime() - flow.rateLimit.periodMs)],
    );
    if ((rows[0]?.n ?? 0) >= flow.rateLimit.limit)
      return { start: false, reason: `rate limit of ${flow.rateLimit.limit} per ${flow.rateLimit.periodMs} ms` };
  }
  let singletonKey: string | undefined;
  let cancelRunIds: string[] = [];
  if (flow.singleton) {
    singletonKey = keyOf(flow.singleton.key, event);
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM ${s}.runs WHERE function_id = $1 AND singleton_key = $2 AND status = 'running'`,
      [functionId, singletonKey],
    );
    if (rows.length > 0 && flow.singleton.mode === "skip")
      return { start: false, reason: `singleton: run ${rows[0]?.id ?? ""} of the same key is running` };
    cancelRunIds = rows.map((row) => row.id);
  }
  let runAt = now;
  if (flow.throttle)
    runAt = await throttleSlot(client, s, functionId, flow.throttle, keyOf(flow.throttle.key, event), now);
  return { start: true, runAt, rateKey, singletonKey, cancelRunIds };
}

/**
 * GCRA: each start moves the key's theoretical arrival time (tat) on by period / limit; a run may start once
 * `tat - (burst - 1) * interval` has come. Returns when this run may start and takes that slot.
 */
async function throttleSlot(
  client: pg.PoolClient,
  s: string,
  functionId: string,
  throttle: NonNullable<FlowControl["throttle"]>,
  key: string,
  now: Date,
): Promise<Date> {
  const interval = throttle.periodMs / throttle.limit;
  const { rows } = await client.query<{ tat: Date }>(
    `SELECT tat FROM ${s}.throttles WHERE function_id = $1 AND key = $2`,
    [functionId, key],
  );
  const tat = Math.max(rows[0]?.tat.getTime() ?? now.getTime(), now.getTime());
  const startAt = Math.max(now.getTime(), tat - (throttle.burst - 1) * interval);
  await client.query(
    `INSERT INTO ${s}.throttles (function_id, key, tat) VALUES ($1, $2, $3)
     ON CONFLICT (function_id, key) DO UPDATE SET tat = EXCLUDED.tat`,
    [functionId, key, new Date(Math.max(tat, startAt) + interval)],
  );
  return new Date(startAt);
}
