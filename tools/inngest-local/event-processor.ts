import type { EngineContext } from "./context";
import { newId } from "./ids";
import type { Queryable } from "./store/db";
import type { TEventPayload } from "./protocol";
import { resolveOutstandingStep, startRun } from "./run-state";
import {
  type EventRow,
  getEvent,
  insertEvent,
  claimUntriggeredEvent,
  markWaitsDone,
  unprocessedEventIds,
} from "./store/events-store";
import type { StoredFunction } from "./store/functions-store";
import { waitsFor } from "./store/steps-store";
import { evaluateKey, eventNameMatches, expressionMatches } from "./wait-matcher";

/**
 * Events: stored first (deduplicated by the sender's id), then processed in two idempotent phases — start the
 * runs they trigger (one transaction, flagged done) and resolve the waits they match (one transaction per run).
 * A crash between phases is repaired by `processPendingEvents` at the next tick.
 */

export function normalizeEvent(payload: TEventPayload, internalId: string, now: Date): Record<string, unknown> {
  const { name, data, id, ts, user, v, ...rest } = payload;
  return {
    ...rest,
    name,
    data: data ?? {},
    id: id ?? internalId,
    ts: ts ?? now.getTime(),
    ...(user === undefined ? {} : { user }),
    ...(v ? { v } : {}),
  };
}

/** The functions an event starts: its name matches a trigger, and the trigger's expression, if any, holds. */
function functionsTriggeredBy(
  functions: Map<string, StoredFunction>,
  event: { name: string; payload: Record<string, unknown> },
): StoredFunction[] {
  return [...functions.values()].filter((fn) =>
    fn.triggers.some(
      (t) =>
        "event" in t &&
        eventNameMatches(t.event, event.name) &&
        (!t.expression || expressionMatches(t.expression, { event: event.payload })),
    ),
  );
}

/**
 * Stores and processes a batch of incoming events; returns their internal ids (the `ids` of the reply). An event
 * that starts no function (a visit's result, a bank's answer: what waits are for) is stored with its trigger
 * phase already done, so it costs no transaction before its waits are matched.
 */
export async function ingestEvents(ctx: EngineContext, payloads: TEventPayload[]): Promise<string[]> {
  const now = ctx.now();
  const functions = await ctx.functions();
  // One event (the usual case) is one INSERT, atomic by itself; a batch is stored all or nothing.
  const store = payloads.length === 1 ? <T>(work: (client: Queryable) => Promise<T>) => work(ctx.db.pool) : ctx.db.tx;
  const stored = await store(async (client) => {
    const results: { internalId: string; isNew: boolean; event: EventToMatch | null }[] = [];
    for (const payload of payloads) {
      const internalId = newId(now.getTime());
      const event = normalizeEvent(payload, internalId, now);
      const startsNothing = functionsTriggeredBy(functions, { name: payload.name, payload: event }).length === 0;
      const inserted = await insertEvent(
        client,
        ctx.s,
        {
          internalId,
          externalId: payload.id ?? null,
          name: payload.name,
          payload: event,
          routed: true,
          triggered: startsNothing,
        },
        now,
      );
      const toMatch = { internal_id: inserted.internalId, name: payload.name, payload: event, received_at: now };
      results.push({ ...inserted, event: startsNothing ? toMatch : null });
    }
    return results;
  });
  for (const { internalId, isNew, event } of stored) {
    if (!isNew) ctx.logger.info(`event ${internalId} deduplicated by its id; nothing triggered`);
    else if (event) await matchWaits(ctx, event);
    else await processEvent(ctx, internalId);
  }
  ctx.wake();
  return stored.map((result) => result.internalId);
}

export async function processEvent(ctx: EngineContext, internalId: string): Promise<void> {
  const { s } = ctx;
  // Loaded before the transaction: loading them inside would hold one connection while waiting for another.
  const functions = await ctx.functions();
  const locked = await ctx.db.tx(async (client) => {
    const event = await claimUntriggeredEvent(client, s, internalId);
    if (!event) return undefined;
    for (const fn of functionsTriggeredBy(functions, event)) {
      let idempotencyKey: string | undefined;
      if (fn.idempotency) {
        idempotencyKey = evaluateKey(fn.idempotency, { event: event.payload });
        if (idempotencyKey === undefined)
          ctx.logger.warn(
            `idempotency key "${fn.idempotency}" of ${fn.id} did not evaluate for event ${internalId}; running without it`,
          );
      }
      const started = await startRun(ctx, client, fn, event.payload, { idempotencyKey });
      if ("skipped" in started) ctx.logger.info(`event ${internalId} started no run of ${fn.id}: ${started.skipped}`);
    }
    return event;
  });
  // The runs just started are due now: the dispatcher need not wait for the waits below.
  if (locked) ctx.wake();

  // The row as locked above (its waits not yet resolved), or, when another pass had triggered it, as it is now.
  const event = locked ?? (await getEvent(ctx.db.pool, s, internalId));
  if (!event || event.waits_done) return;
  await matchWaits(ctx, event);
}

type EventToMatch = Pick<EventRow, "internal_id" | "name" | "payload" | "received_at">;

/**
 * Resumes the runs waiting for this event (one transaction per run), then marks its waits done (with none, the
 * lookup has marked them).
 */
async function matchWaits(ctx: EngineContext, event: EventToMatch): Promise<void> {
  const { s } = ctx;
  const waits = await waitsFor(ctx.db.pool, s, {
    internalId: event.internal_id,
    name: event.name,
    receivedAt: event.received_at,
    payload: event.payload,
  });
  for (const wait of waits) {
    const resumed = await ctx.db.tx((client) =>
      resolveOutstandingStep(ctx, client, wait.run_id, wait.hash, ({ stepStatus, waitIf, runEvent }) =>
        stepStatus === "waiting" &&
        // In `if`, `event` is the waiting run's trigger and `async` the incoming event.
        (!waitIf || expressionMatches(waitIf, { event: runEvent, async: event.payload }))
          ? { result: { status: "completed", data: event.payload }, reason: "wait.matched" }
          : undefined,
      ),
    );
    if (resumed) ctx.wake();
  }
  if (waits.length > 0) await markWaitsDone(ctx.db.pool, s, event.internal_id);
}

/** Events stored but not fully processed (emitted internally, or interrupted by a crash). */
export async function processPendingEvents(ctx: EngineContext): Promise<void> {
  const ids = await unprocessedEventIds(ctx.db.pool, ctx.s, 100);
  for (const id of ids) await processEvent(ctx, id);
  if (ids.length) ctx.wake();
}
