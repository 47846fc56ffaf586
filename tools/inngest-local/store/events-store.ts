import type { Queryable } from "./db";

export interface EventRow {
  internal_id: string;
  external_id: string | null;
  name: string;
  payload: Record<string, unknown>;
  received_at: Date;
  triggers_done: boolean;
  waits_done: boolean;
}

/**
 * Stores an event unless its sender's id was seen before. Returns the internal id and whether it is new; a
 * duplicate returns the first event's internal id and triggers nothing.
 */
export async function insertEvent(
  client: Queryable,
  s: string,
  event: {
    internalId: string;
    externalId: string | null;
    name: string;
    payload: Record<string, unknown>;
    /** False: stored only (nothing to trigger or match). */
    routed: boolean;
    /** True when the event is known to start no function: only its waits are left to match. */
    triggered?: boolean;
  },
  now: Date,
): Promise<{ internalId: string; isNew: boolean }> {
  const inserted = await client.query<{ internal_id: string }>(
    `INSERT INTO ${s}.events (internal_id, external_id, name, payload, received_at, triggers_done, waits_done)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (external_id) DO NOTHING RETURNING internal_id`,
    [
      event.internalId,
      event.externalId,
      event.name,
      JSON.stringify(event.payload),
      now,
      !event.routed || event.triggered === true,
      !event.routed,
    ],
  );
  if (inserted.rows[0]) return { internalId: inserted.rows[0].internal_id, isNew: true };
  const existing = await client.query<{ internal_id: string }>(
    `SELECT internal_id FROM ${s}.events WHERE external_id = $1`,
    [event.externalId],
  );
  return { internalId: existing.rows[0]?.internal_id ?? event.internalId, isNew: false };
}

/**
 * Locks an event whose runs are not started yet and marks them started, in one statement: the caller starts them
 * in the same transaction, so a failure rolls the mark back. An event locked by another pass is skipped.
 */
export async function claimUntriggeredEvent(
  client: Queryable,
  s: string,
  internalId: string,
): Promise<EventRow | undefined> {
  const { rows } = await client.query<EventRow>(
    `UPDATE ${s}.events SET triggers_done = true
     WHERE internal_id = (
       SELECT internal_id FROM ${s}.events WHERE internal_id = $1 AND NOT triggers_done FOR UPDATE SKIP LOCKED)
     RETURNING *`,
    [internalId],
  );
  return rows[0];
}

export async function getEvent(client: Queryable, s: string, internalId: string): Promise<EventRow | undefined> {
  const { rows } = await client.query<EventRow>(`SELECT * FROM ${s}.events WHERE internal_id = $1`, [internalId]);
  return rows[0];
}

export async function markWaitsDone(client: Queryable, s: string, internalId: string): Promise<void> {
  await client.query(`UPDATE ${s}.events SET waits_done = true WHERE internal_id = $1`, [internalId]);
}

export async function unprocessedEventIds(client: Queryable, s: string, limit: number): Promise<string[]> {
  const { rows } = await client.query<{ internal_id: string }>(
    `SELECT internal_id FROM ${s}.events WHERE NOT waits_done ORDER BY received_at LIMIT $1`,
    [limit],
  );
  return rows.map((row) => row.internal_id);
}
