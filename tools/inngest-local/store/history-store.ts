import type { Queryable } from "./db";

export interface HistoryRow {
  run_id: string;
  at: Date;
  kind: string;
  step_hash: string | null;
  detail: unknown;
}

/** An append-only trail per run, so the admin listing can say why a run is where it is. */
export async function addHistory(
  client: Queryable,
  s: string,
  entry: { runId: string; kind: string; stepHash?: string | null; detail?: unknown },
  now: Date,
): Promise<void> {
  await client.query(`INSERT INTO ${s}.history (run_id, at, kind, step_hash, detail) VALUES ($1, $2, $3, $4, $5)`, [
    entry.runId,
    now,
    entry.kind,
    entry.stepHash ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  ]);
}

export async function listHistory(client: Queryable, s: string, runIds: string[]): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT run_id, at, kind, step_hash, detail FROM ${s}.history WHERE run_id = ANY($1::text[]) ORDER BY id`,
    [runIds],
  );
  return rows;
}
