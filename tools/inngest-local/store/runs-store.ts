import type { Queryable } from "./db";

export type RunStatus = "running" | "completed" | "failed" | "cancelled";

export interface RunRow {
  id: string;
  function_id: string;
  event: Record<string, unknown>;
  events: Record<string, unknown>[];
  status: RunStatus;
  output: unknown;
  error: unknown;
  req_version: number;
  seq: number;
  parent_run_id: string | null;
  parent_step: string | null;
  idempotency_key: string | null;
  created_at: Date;
  ended_at: Date | null;
}

export interface NewRun {
  id: string;
  functionId: string;
  event: Record<string, unknown>;
  parentRunId?: string;
  parentStep?: string;
  idempotencyKey?: string;
  concurrencyKeys?: string[];
  rateKey?: string;
  singletonKey?: string;
}

const runColumnNames = [
  "id",
  "function_id",
  "event",
  "events",
  "status",
  "output",
  "error",
  "req_version",
  "seq",
  "parent_run_id",
  "parent_step",
  "idempotency_key",
  "created_at",
  "ended_at",
];
/** The columns every state change needs; the memo (the finished steps) is read only to build a request. */
export const runColumns = runColumnNames.join(", ");
export const runColumnsOf = (alias: string) => runColumnNames.map((c) => `${alias}.${c}`).join(", ");

/** Returns false when the function's idempotency key already started a run (the event is then skipped). */
export async function insertRun(client: Queryable, s: string, run: NewRun, now: Date): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO ${s}.runs (id, function_id, event, events, status, parent_run_id, parent_step, idempotency_key, created_at,
       memo, stack, concurrency_keys, rate_key, singleton_key)
     VALUES ($1, $2, $3, $4, 'running', $5, $6, $7, $8, '{}', '[]', $9, $10, $11) ON CONFLICT DO NOTHING`,
    [
      run.id,
      run.functionId,
      JSON.stringify(run.event),
      JSON.stringify([run.event]),
      run.parentRunId ?? null,
      run.parentStep ?? null,
      run.idempotencyKey ?? null,
      now,
      JSON.stringify(run.concurrencyKeys ?? []),
      run.rateKey ?? null,
      run.singletonKey ?? null,
    ],
  );
  return (result.rowCount ?? 0) > 0;
}

/** Locks the run row for the rest of the transaction: every state change of a run goes through this lock. */
export async function lockRun(client: Queryable, s: string, runId: string): Promise<RunRow | undefined> {
  const { rows } = await client.query<RunRow>(`SELECT ${runColumns} FROM ${s}.runs WHERE id = $1 FOR UPDATE`, [runId]);
  return rows[0];
}

export async function getRun(client: Queryable, s: string, runId: string): Promise<RunRow | undefined> {
  const { rows } = await client.query<RunRow>(`SELECT ${runColumns} FROM ${s}.runs WHERE id = $1`, [runId]);
  return rows[0];
}

export async function listRuns(
  client: Queryable,
  s: string,
  filter: { functionId?: string; status?: string; limit: number },
): Promise<RunRow[]> {
  const { rows } = await client.query<RunRow>(
    `SELECT ${runColumns} FROM ${s}.runs
     WHERE ($1::text IS NULL OR function_id = $1) AND ($2::text IS NULL OR status = $2)
     ORDER BY created_at DESC, id DESC LIMIT $3`,
    [filter.functionId ?? null, filter.status ?? null, filter.limit],
  );
  return rows;
}

export async function endRun(
  client: Queryable,
  s: string,
  runId: string,
  end:
    | { status: "completed"; output: unknown }
    | { status: "failed"; error: unknown }
    | { status: "cancelled"; reason: string },
  now: Date,
): Promise<void> {
  await client.query(`UPDATE ${s}.runs SET status = $2, output = $3, error = $4, ended_at = $5 WHERE id = $1`, [
    runId,
    end.status,
    end.status === "completed" ? JSON.stringify(end.output ?? null) : null,
    end.status === "failed"
      ? JSON.stringify(end.error)
      : end.status === "cancelled"
        ? JSON.stringify({ name: "FunctionCancelled", message: end.reason })
        : null,
    now,
  ]);
}

/** Running runs with nothing queued and nothing outstanding: only possible after a bug; re-discover them. */
export async function strandedRunIds(client: Queryable, s: string): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(
    `SELECT r.id FROM ${s}.runs r
     WHERE r.status = 'running'
       AND NOT EXISTS (SELECT 1 FROM ${s}.jobs j WHERE j.run_id = r.id)
       AND NOT EXISTS (SELECT 1 FROM ${s}.steps st WHERE st.run_id = r.id AND st.status IN ('planned', 'sleeping', 'waiting', 'invoking'))`,
  );
  return rows.map((row) => row.id);
}
