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
  /** The wait's equality key, when its condition is one (wait-key.ts). */
  waitKey?: { path: string[]; value: string } | null;
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
    `INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, opts, wake_at, wait_event, wait_if, attempts, error, created_at, wait_key_path, wait_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
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
      step.waitKey?.path ?? null,
      step.waitKey?.value ?? null,
    ],
  );
}

/**
 * The finished step's entry in the run's memo and stack, appended in the same statement as the step row (the run
 * row is locked by the caller, so the stack's order is the completion order).
 */
const appendToMemo = (s: string, alsoSet = "") => `UPDATE ${s}.runs SET
       memo = COALESCE(memo, '{}'::jsonb) || jsonb_build_object($2::text, CASE WHEN $3 = 'failed'
         THEN jsonb_build_object('type', 'error', 'error', $5::jsonb)
         ELSE jsonb_build_object('type', 'data', 'data', $4::jsonb) END),
       stack = COALESCE(stack, '[]'::jsonb) || to_jsonb($2::text)${alsoSet}
     WHERE id = $1`;

/**
 * The tail of a finished step's insert: a planned row takes the result, a row that already has one keeps it (first
 * result wins) and then nothing is returned; `inserted` tells a new row from a planned one.
 */
const firstResultWins = (
  s: string,
) => `ON CONFLICT (run_id, hash) DO UPDATE SET status = EXCLUDED.status, data = EXCLUDED.data,
         error = EXCLUDED.error, attempts = GREATEST(${s}.steps.attempts, EXCLUDED.attempts), wake_at = NULL,
         completed_at = EXCLUDED.completed_at, completed_order = EXCLUDED.completed_order
       WHERE ${s}.steps.status NOT IN ('completed', 'failed', 'cancelled')
       RETURNING (xmax = 0) AS inserted`;

/** Records an outstanding step's final result; its place in the completion order is taken now. */
export async function finishStep(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
  result: { status: "completed"; data: unknown } | { status: "failed"; error: unknown },
  now: Date,
): Promise<void> {
  await client.query(
    `WITH st AS (
       UPDATE ${s}.steps SET status = $3, data = $4, error = $5, wake_at = NULL, completed_at = $6,
         completed_order = nextval('${s}.completion_order')
       WHERE run_id = $1 AND hash = $2 RETURNING 1)
     ${appendToMemo(s)} AND EXISTS (SELECT 1 FROM st)`,
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

export interface LockedRunStep {
  runStatus: string;
  /** The run's trigger event (`event` in a wait's condition). */
  runEvent: Record<string, unknown>;
  /** Null when the run has no such step. */
  stepStatus: StepStatus | null;
  waitIf: string | null;
}

/** Locks the run's row and reads it with the step's status and wait condition, in one statement. */
export async function lockRunWithStep(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
): Promise<LockedRunStep | undefined> {
  const { rows } = await client.query<LockedRunStep>(
    `SELECT r.status AS "runStatus", r.event AS "runEvent", st.status AS "stepStatus", st.wait_if AS "waitIf"
     FROM ${s}.runs r LEFT JOIN ${s}.steps st ON st.run_id = r.id AND st.hash = $2
     WHERE r.id = $1 FOR UPDATE OF r`,
    [runId, hash],
  );
  return rows[0];
}

/**
 * Resolves an outstanding step from outside the in-flight request, in one statement: the step takes its result and
 * its place in the completion order, the memo gets its entry and `seq` is bumped (so the in-flight request's reply
 * is stale), the reason goes to the history, and a discovery is queued when nothing else is outstanding or queued.
 * The caller holds the run's lock (lockRunWithStep), so this statement's snapshot sees every change before it;
 * the step itself still reads as outstanding in that snapshot, so the idle check leaves it out. False when the
 * step was not outstanding.
 */
export async function finishOutstandingStep(
  client: Queryable,
  s: string,
  step: { runId: string; hash: string; reason: string },
  result: { status: "completed"; data: unknown } | { status: "failed"; error: unknown },
  now: Date,
): Promise<boolean> {
  const { rows } = await client.query<{ finished: boolean }>(
    `WITH st AS (
       UPDATE ${s}.steps SET status = $3, data = $4, error = $5, wake_at = NULL, completed_at = $6,
         completed_order = nextval('${s}.completion_order')
       WHERE run_id = $1 AND hash = $2 AND status = ANY($8::text[]) RETURNING 1),
     run AS (${appendToMemo(s, ", seq = seq + 1")} AND EXISTS (SELECT 1 FROM st) RETURNING 1),
     history AS (
       INSERT INTO ${s}.history (run_id, at, kind, step_hash, detail)
       SELECT $1, $6, $7, $2, CASE WHEN $3 = 'failed' THEN $5::jsonb END WHERE EXISTS (SELECT 1 FROM st) RETURNING 1),
     discovery AS (
       INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at)
       SELECT $1, NULL, 0, $6::timestamptz, $6::timestamptz
       WHERE EXISTS (SELECT 1 FROM st)
         AND NOT EXISTS (
           SELECT 1 FROM ${s}.steps o WHERE o.run_id = $1 AND o.hash <> $2 AND o.status = ANY($8::text[]))
         AND NOT EXISTS (
           SELECT 1 FROM ${s}.jobs j WHERE j.run_id = $1 AND j.step_hash IS NULL AND j.leased_until IS NULL)
       RETURNING 1)
     SELECT EXISTS (SELECT 1 FROM st) AS finished`,
    [
      step.runId,
      step.hash,
      result.status,
      result.status === "completed" ? JSON.stringify(result.data ?? null) : null,
      result.status === "failed" ? JSON.stringify(result.error) : null,
      now,
      step.reason,
      outstandingStatuses,
    ],
  );
  return rows[0]?.finished === true;
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

export async function listSteps(client: Queryable, s: string, runIds: string[]): Promise<StepRow[]> {
  const { rows } = await client.query<StepRow>(
    `SELECT * FROM ${s}.steps WHERE run_id = ANY($1::text[]) ORDER BY completed_order NULLS LAST, created_at`,
    [runIds],
  );
  return rows;
}

/**
 * Per run, the names (as shown) of its waiting steps and how many steps have completed, and nothing else: what a
 * poller of many running runs needs (which wait to end; whether the run is moving), one row per run.
 */
export async function listRunWaits(
  client: Queryable,
  s: string,
  runIds: string[],
): Promise<{ run_id: string; waiting: string[]; completed: number }[]> {
  const { rows } = await client.query<{ run_id: string; waiting: string[]; completed: number }>(
    `SELECT run_id,
            coalesce(array_agg(coalesce(display_name, name)) FILTER (WHERE status = 'waiting'), '{}') AS waiting,
            (count(*) FILTER (WHERE status = 'completed'))::int AS completed
     FROM ${s}.steps WHERE run_id = ANY($1::text[]) GROUP BY run_id`,
    [runIds],
  );
  return rows;
}

/**
 * Waits for an event name that were registered no later than the event arrived. When there are none (most
 * events), the event's waits are marked done in the same statement; otherwise the caller marks them once resolved.
 */
export async function waitsFor(
  client: Queryable,
  s: string,
  event: { internalId: string; name: string; receivedAt: Date; payload: unknown },
): Promise<{ run_id: string; hash: string }[]> {
  // A keyed wait is a candidate only when the event has the same string at the wait's path; the wait's full
  // condition is still evaluated for each candidate (event-processor.ts).
  const { rows } = await client.query<{ run_id: string; hash: string }>(
    `WITH waits AS (
       SELECT run_id, hash, created_at FROM ${s}.steps
       WHERE status = 'waiting' AND wait_event = $1 AND created_at <= $2
         AND (wait_key_path IS NULL OR wait_key = ($3::jsonb #>> wait_key_path))),
     none AS (
       UPDATE ${s}.events SET waits_done = true WHERE internal_id = $4 AND NOT EXISTS (SELECT 1 FROM waits))
     SELECT run_id, hash FROM waits ORDER BY created_at`,
    [event.name, event.receivedAt, JSON.stringify(event.payload), event.internalId],
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
    `WITH st AS (
       INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, data, error, attempts, created_at, completed_at, completed_order)
       VALUES ($1, $2, $6, $7, $8, $3, $4, $5, $9, $10, $10, nextval('${s}.completion_order'))
       ${firstResultWins(s)}),
     memo AS (${appendToMemo(s)} AND EXISTS (SELECT 1 FROM st))
     SELECT inserted FROM st`,
    [
      step.runId,
      step.hash,
      result.status,
      result.status === "completed" ? JSON.stringify(result.data ?? null) : null,
      result.status === "failed" ? JSON.stringify(result.error) : null,
      step.op,
      step.name ?? null,
      step.displayName ?? null,
      step.attempts,
      now,
    ],
  );
  const row = rows[0];
  return row ? { existed: !row.inserted } : undefined;
}

/**
 * Records the steps a discovery found (StepPlanned ops, several for `Promise.all`) and queues a request for each,
 * in one statement; steps the run already knows (a re-report) are left alone. Returns the hashes newly planned.
 */
export async function planSteps(
  client: Queryable,
  s: string,
  runId: string,
  steps: { hash: string; name: string | null; displayName: string | null; opts: unknown }[],
  now: Date,
): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($2::jsonb) AS x(hash text, name text, display_name text, opts jsonb)),
     planned AS (
       INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, opts, attempts, created_at)
       SELECT $1, hash, 'StepPlanned', name, display_name, 'planned', opts, 0, $3 FROM input
       ON CONFLICT (run_id, hash) DO NOTHING
       RETURNING hash, name, display_name),
     queued AS (
       INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at)
       SELECT $1, p.hash, 0, $3, $3 FROM planned p
       WHERE NOT EXISTS (SELECT 1 FROM ${s}.jobs j WHERE j.run_id = $1 AND j.step_hash = p.hash)),
     logged AS (
       INSERT INTO ${s}.history (run_id, at, kind, step_hash, detail)
       SELECT $1, $3, 'step.planned', p.hash, jsonb_build_object('name', COALESCE(p.display_name, p.name, p.hash))
       FROM planned p)
     SELECT hash FROM planned`,
    [
      runId,
      JSON.stringify(
        steps.map((step) => ({
          hash: step.hash,
          name: step.name,
          display_name: step.displayName,
          opts: step.opts ?? null,
        })),
      ),
      now,
    ],
  );
  return rows.map((row) => row.hash);
}

/**
 * One finished step of a checkpoint in one statement (no transaction round trips): the run is locked and must be
 * running this function, the request must hold the job's current lease, then the step is recorded as
 * `recordStepResult` does (first result wins) and its entry appended to the memo. When the step was planned for a
 * request of its own that the SDK ran inline instead, that queued job is dropped, as `stepRun` does. Undefined:
 * the request is stale (no such running run, or the lease is not this request's).
 */
export async function recordCheckpointedStep(
  client: Queryable,
  s: string,
  step: {
    runId: string;
    functionId: string;
    jobId: string;
    leaseToken: string;
    hash: string;
    name: string | null;
    displayName: string | null;
    data: unknown;
  },
  now: Date,
): Promise<{ recorded: boolean } | undefined> {
  const { rows } = await client.query<{ recorded: boolean }>(
    `WITH run AS (
       SELECT id FROM ${s}.runs WHERE id = $1 AND status = 'running' AND function_id = $8 FOR UPDATE),
     job AS (
       SELECT j.id, j.step_hash, j.attempt FROM ${s}.jobs j JOIN run ON run.id = j.run_id
       WHERE j.id = $9::bigint AND j.leased_until IS NOT NULL AND j.lease_token = $10::bigint),
     st AS (
       INSERT INTO ${s}.steps (run_id, hash, op, name, display_name, status, data, error, attempts, created_at, completed_at, completed_order)
       SELECT $1::text, $2::text, 'StepRun', $6::text, $7::text, $3::text, $4::jsonb, $5::jsonb, job.attempt, $11::timestamptz,
         $11::timestamptz, nextval('${s}.completion_order')
       FROM job
       ${firstResultWins(s)}),
     memo AS (${appendToMemo(s)} AND EXISTS (SELECT 1 FROM st)),
     inline AS (
       DELETE FROM ${s}.jobs d USING job, st
       WHERE d.run_id = $1 AND d.step_hash = $2 AND d.id <> job.id AND NOT st.inserted
         AND job.step_hash IS DISTINCT FROM $2)
     SELECT EXISTS (SELECT 1 FROM st) AS recorded FROM job`,
    [
      step.runId,
      step.hash,
      "completed",
      JSON.stringify(step.data ?? null),
      null,
      step.name,
      step.displayName,
      step.functionId,
      step.jobId,
      step.leaseToken,
      now,
    ],
  );
  return rows[0];
}
