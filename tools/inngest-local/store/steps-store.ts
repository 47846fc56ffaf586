import type { Queryable } from "./db";

export type StepStatus = "planned" | "sleeping" | "waiting" | "invoking" | "completed" | "failed" | "cancelled";
export const outstandingStatuses: StepStatus[] = ["planned", "sleeping", "waiting", "invoking"];

export interface StepRow {
  run_id: string;
  hash: string;
  op: string;
  name: string | null;
  display_name: string | null;
  status: StepStatus;
  data: unknown;
  error: unknown;
  opts: Record<string, unknown> | null;
  wake_at: Date | null;
  wait_event: string | null;
  wait_if: string | null;
  attempts: number;
  completed_order: string | null;
  created_at: Date;
  completed_at: Date | null;
}

export interface NewStep {
  runId: string;
  hash: string;
  op: string;
  name?: string | null;
  displayName?: string | null;
  status: StepStatus;
  opts?: Record<string, unknown> | null;
  wakeAt?: Date | null;
  waitEvent?: string | null;
  waitIf?: string | null;
  attempts?: number;
  error?: unknown;
}

export async function getStep(client: Queryable, s: string, runId: string, hash: string): Promise<StepRow | undefined> {
  const { rows } = await client.query<StepRow>(`SELECT * FROM ${s}.steps WHERE run_id = $1 AND hash = $2`, [
    runId,
    hash,
  ]);
  return rows[0];
}

export async function insertStep(client: Queryable, s: string, step: NewStep, now: Date): Promise<void> {
  await client.query(
    `INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, opts, wake_at, wait_event, wait_if, attempts, error, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      step.runId,
      step.hash,
      step.op,
      step.name ?? null,
      step.displayName ?? null,
      step.status,
      step.opts ? JSON.stringify(step.opts) : null,
      step.wakeAt ?? null,
      step.waitEvent ?? null,
      step.waitIf ?? null,
      step.attempts ?? 0,
      step.error === undefined ? null : JSON.stringify(step.error),
      now,
    ],
  );
}

/** Records a step's final result; its place in the completion order is taken now. */
export async function finishStep(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
  result: { status: "completed"; data: unknown } | { status: "failed"; error: unknown },
  now: Date,
): Promise<void> {
  await client.query(
    `UPDATE ${s}.steps SET status = $3, data = $4, error = $5, wake_at = NULL, completed_at = $6,
       completed_order = nextval('${s}.completion_order')
     WHERE run_id = $1 AND hash = $2`,
    [
      runId,
      hash,
      result.status,
      result.status === "completed" ? JSON.stringify(result.data ?? null) : null,
      result.status === "failed" ? JSON.stringify(result.error) : null,
      now,
    ],
  );
}

/** A retriable step error: the step stays planned; the last error is kept for the admin listing. */
export async function noteStepError(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
  attempts: number,
  error: unknown,
): Promise<void> {
  await client.query(`UPDATE ${s}.steps SET attempts = $3, error = $4 WHERE run_id = $1 AND hash = $2`, [
    runId,
    hash,
    attempts,
    JSON.stringify(error),
  ]);
}

export async function countOutstanding(
  client: Queryable,
  s: string,
  runId: string,
  statuses: StepStatus[] = outstandingStatuses,
): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${s}.steps WHERE run_id = $1 AND status = ANY($2::text[])`,
    [runId, statuses],
  );
  return rows[0]?.n ?? 0;
}

export async function cancelOutstanding(client: Queryable, s: string, runId: string): Promise<void> {
  await client.query(
    `UPDATE ${s}.steps SET status = 'cancelled', wake_at = NULL WHERE run_id = $1 AND status = ANY($2::text[])`,
    [runId, outstandingStatuses],
  );
}

/** The memoized state the SDK receives, in completion order. */
export async function finishedSteps(client: Queryable, s: string, runId: string): Promise<StepRow[]> {
  const { rows } = await client.query<StepRow>(
    `SELECT * FROM ${s}.steps WHERE run_id = $1 AND status IN ('completed', 'failed') ORDER BY completed_order`,
    [runId],
  );
  return rows;
}

export async function listSteps(client: Queryable, s: string, runIds: string[]): Promise<StepRow[]> {
  const { rows } = await client.query<StepRow>(
    `SELECT * FROM ${s}.steps WHERE run_id = ANY($1::text[]) ORDER BY completed_order NULLS LAST, created_at`,
    [runIds],
  );
  return rows;
}

/** Waits for an event name that were registered no later than the event arrived. */
export async function waitsFor(
  client: Queryable,
  s: string,
  eventName: string,
  receivedAt: Date,
): Promise<{ run_id: string; hash: string }[]> {
  const { rows } = await client.query<{ run_id: string; hash: string }>(
    `SELECT run_id, hash FROM ${s}.steps WHERE status = 'waiting' AND wait_event = $1 AND created_at <= $2 ORDER BY created_at`,
    [eventName, receivedAt],
  );
  return rows;
}

export async function dueTimers(
  client: Queryable,
  s: string,
  now: Date,
  limit: number,
): Promise<{ run_id: string; hash: string }[]> {
  const { rows } = await client.query<{ run_id: string; hash: string }>(
    `SELECT run_id, hash FROM ${s}.steps WHERE status IN ('sleeping', 'waiting', 'invoking') AND wake_at <= $1 ORDER BY wake_at LIMIT $2`,
    [now, limit],
  );
  return rows;
}

/** The admin fast-forward: every sleep and wait/invoke timeout of the run ends now. */
export async function wakeAllTimers(client: Queryable, s: string, runId: string, now: Date): Promise<number> {
  const result = await client.query(
    `UPDATE ${s}.steps SET wake_at = $2 WHERE run_id = $1 AND status IN ('sleeping', 'waiting', 'invoking') AND wake_at IS NOT NULL`,
    [runId, now],
  );
  return result.rowCount ?? 0;
}

/**
 * Records a step's final result in one statement, inserting the row when the SDK ran the step inline during a
 * discovery. Returns undefined when the step already had a result (kept: first result wins), else whether the row
 * existed before (a planned step whose own job must then be dropped).
 */
export async function recordStepResult(
  client: Queryable,
  s: string,
  step: {
    runId: string;
    hash: string;
    op: string;
    name?: string | null;
    displayName?: string | null;
    attempts: number;
  },
  result: { status: "completed"; data: unknown } | { status: "failed"; error: unknown },
  now: Date,
): Promise<{ existed: boolean } | undefined> {
  const { rows } = await client.query<{ inserted: boolean }>(
    `INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, data, error, attempts, created_at, completed_at, completed_order)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, nextval('${s}.completion_order'))
     ON CONFLICT (run_id, hash) DO UPDATE SET status = EXCLUDED.status, data = EXCLUDED.data, error = EXCLUDED.error,
       attempts = GREATEST(${s}.steps.attempts, EXCLUDED.attempts), wake_at = NULL,
       completed_at = EXCLUDED.completed_at, completed_order = EXCLUDED.completed_order
     WHERE ${s}.steps.status NOT IN ('completed', 'failed', 'cancelled')
     RETURNING (xmax = 0) AS inserted`,
    [
      step.runId,
      step.hash,
      step.op,
      step.name ?? null,
      step.displayName ?? null,
      result.status,
      result.status === "completed" ? JSON.stringify(result.data ?? null) : null,
      result.status === "failed" ? JSON.stringify(result.error) : null,
      step.attempts,
      now,
    ],
  );
  const row = rows[0];
  return row ? { existed: !row.inserted } : undefined;
}
