import type { Queryable } from "./db";
import { type RunRow, runColumns, runColumnsOf } from "./runs-store";

export interface JobRow {
  id: string;
  run_id: string;
  step_hash: string | null;
  attempt: number;
  run_at: Date;
}

export async function insertJob(
  client: Queryable,
  s: string,
  job: { runId: string; stepHash: string | null; attempt: number; runAt: Date },
  now: Date,
): Promise<void> {
  await client.query(
    `INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
    [job.runId, job.stepHash, job.attempt, job.runAt, now],
  );
}

/**
 * Queues a discovery when the run has nothing outstanding (no planned step, sleep, wait or invoke) and none is
 * queued yet, in one statement. A discovery in flight does not count: its reply was computed before the change
 * that asks for a fresh discovery (it waits for the one in flight, as a run has only one discovery at a time).
 * Returns true when a job was queued.
 */
export async function queueDiscoveryIfIdle(client: Queryable, s: string, runId: string, now: Date): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at) ${idleDiscovery(s)}`,
    [runId, now],
  );
  return (result.rowCount ?? 0) > 0;
}

const idleDiscovery = (s: string) => `SELECT $1, NULL, 0, $2::timestamptz, $2::timestamptz
     WHERE NOT EXISTS (
         SELECT 1 FROM ${s}.steps st WHERE st.run_id = $1 AND st.status IN ('planned', 'sleeping', 'waiting', 'invoking'))
       AND NOT EXISTS (
         SELECT 1 FROM ${s}.jobs j WHERE j.run_id = $1 AND j.step_hash IS NULL AND j.leased_until IS NULL)`;

/**
 * The same, but the discovery is leased at once and returned with what its request needs, in one statement: the
 * request that just finished hands its slot to the run's next one (a sequential function costs no dispatcher
 * round). Called after the run's row was changed in this transaction, so the memo read here is current.
 */
export async function queueLeasedDiscoveryIfIdle(
  client: Queryable,
  s: string,
  runId: string,
  now: Date,
  leaseUntil: Date,
): Promise<LeasedJob | undefined> {
  const { rows } = await client.query<
    RunRow & { job_id: string; lease_token: string; memo: Record<string, unknown>; stack: string[] }
  >(
    `WITH queued AS (
       INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at, leased_until, lease_token)
       SELECT *, $3::timestamptz, nextval('${s}.lease_tokens') FROM (${idleDiscovery(s)}) idle
       RETURNING id, lease_token)
     SELECT queued.id AS job_id, queued.lease_token, ${runColumnsOf("r")}, r.memo, r.stack
     FROM queued JOIN ${s}.runs r ON r.id = $1`,
    [runId, now, leaseUntil],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { job_id, lease_token, memo, stack, ...run } = row;
  return {
    job: { id: job_id, run_id: runId, step_hash: null, attempt: 0, run_at: now },
    dispatchId: dispatchIdOf(job_id, lease_token),
    run,
    memo,
    stack,
    hasPlanned: false,
  };
}

export async function deleteJobsForStep(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
  exceptJobId: string,
): Promise<void> {
  await client.query(`DELETE FROM ${s}.jobs WHERE run_id = $1 AND step_hash = $2 AND id <> $3`, [
    runId,
    hash,
    exceptJobId,
  ]);
}

export async function deleteJob(client: Queryable, s: string, jobId: string): Promise<void> {
  await client.query(`DELETE FROM ${s}.jobs WHERE id = $1`, [jobId]);
}

export async function deleteRunJobs(client: Queryable, s: string, runId: string): Promise<void> {
  await client.query(`DELETE FROM ${s}.jobs WHERE run_id = $1`, [runId]);
}

export async function pullJobsForward(client: Queryable, s: string, runId: string, now: Date): Promise<number> {
  const result = await client.query(`UPDATE ${s}.jobs SET run_at = $2 WHERE run_id = $1 AND run_at > $2`, [runId, now]);
  return result.rowCount ?? 0;
}

/** A due job that may be sent now, before flow control picks among them (job-dispatcher.ts). */
export interface CandidateJob {
  job: JobRow;
  functionId: string;
  concurrencyKeys: string[];
}

/**
 * Due jobs not in flight, oldest run first (so a run started earlier finishes earlier, instead of all advancing in
 * lockstep), then each run's jobs in order. A discovery is a candidate only when nothing of its run is in flight,
 * a step only when no discovery of its run is: parallel steps of a run go out together, discoveries alone.
 */
export async function candidateJobs(client: Queryable, s: string, now: Date, limit: number): Promise<CandidateJob[]> {
  const { rows } = await client.query<{
    id: string;
    run_id: string;
    step_hash: string | null;
    attempt: number;
    run_at: Date;
    function_id: string;
    concurrency_keys: string[];
  }>(
    `SELECT j.id, j.run_id, j.step_hash, j.attempt, j.run_at, r.function_id, r.concurrency_keys
     FROM ${s}.jobs j JOIN ${s}.runs r ON r.id = j.run_id
     WHERE j.run_at <= $1 AND (j.leased_until IS NULL OR j.leased_until < $1) AND r.status = 'running'
       AND NOT EXISTS (
         SELECT 1 FROM ${s}.jobs l WHERE l.run_id = j.run_id AND l.leased_until >= $1
           AND (j.step_hash IS NULL OR l.step_hash IS NULL OR l.step_hash = j.step_hash))
     ORDER BY r.created_at, r.id, j.run_at, j.id
     LIMIT $2`,
    [now, limit],
  );
  return rows.map((row) => ({
    job: { id: row.id, run_id: row.run_id, step_hash: row.step_hash, attempt: row.attempt, run_at: row.run_at },
    functionId: row.function_id,
    concurrencyKeys: row.concurrency_keys,
  }));
}

/** What a request is built from: the run row with its memo, and for a discovery whether steps are planned. */
export interface LeasedJob {
  job: JobRow;
  /** Names this lease of the job in the request (`qi_id`), for its checkpoints. */
  dispatchId: string;
  run: RunRow;
  memo: Record<string, unknown>;
  stack: string[];
  hasPlanned: boolean;
}

/**
 * Leases the chosen jobs and reads what their requests need, in one statement. Only the dispatcher leases (one
 * engine per schema), so the candidates' exclusivity cannot change between the two statements.
 */
export async function leaseJobs(
  client: Queryable,
  s: string,
  jobs: JobRow[],
  now: Date,
  leaseUntil: Date,
): Promise<LeasedJob[]> {
  if (jobs.length === 0) return [];
  const { rows } = await client.query<
    RunRow & {
      job_id: string;
      lease_token: string;
      memo: Record<string, unknown>;
      stack: string[];
      has_planned: boolean;
    }
  >(
    `WITH leased AS (
       UPDATE ${s}.jobs SET leased_until = $2, lease_token = nextval('${s}.lease_tokens')
       WHERE id = ANY($1::bigint[]) AND (leased_until IS NULL OR leased_until < $3)
       RETURNING id, run_id, step_hash, lease_token)
     SELECT leased.id AS job_id, leased.lease_token, ${runColumnsOf("r")}, r.memo, r.stack,
       leased.step_hash IS NULL AND EXISTS (
         SELECT 1 FROM ${s}.steps st WHERE st.run_id = r.id AND st.status = 'planned') AS has_planned
     FROM leased JOIN ${s}.runs r ON r.id = leased.run_id WHERE r.status = 'running'`,
    [jobs.map((job) => job.id), leaseUntil, now],
  );
  const byId = new Map(jobs.map((job) => [job.id, job]));
  return rows.flatMap(({ job_id, lease_token, memo, stack, has_planned, ...run }) => {
    const job = byId.get(job_id);
    return job
      ? [{ job, dispatchId: dispatchIdOf(job_id, lease_token), run, memo, stack, hasPlanned: has_planned }]
      : [];
  });
}

function dispatchIdOf(jobId: string, leaseToken: string): string {
  return `${jobId}.${leaseToken}`;
}

/**
 * The job of a request in flight, for a checkpoint that request sends (`dispatchId` as the request carried it);
 * undefined when the job is gone or leased again since, to a newer request.
 */
export async function leasedJobOfRun(
  client: Queryable,
  s: string,
  runId: string,
  dispatchId: string,
): Promise<JobRow | undefined> {
  const [jobId, leaseToken] = dispatchId.split(".");
  const { rows } = await client.query<JobRow>(
    `SELECT id, run_id, step_hash, attempt, run_at FROM ${s}.jobs
     WHERE id = $2::bigint AND run_id = $1 AND leased_until IS NOT NULL AND lease_token = $3::bigint`,
    [runId, jobId, leaseToken],
  );
  return rows[0];
}

/** After a job crashed inside the engine (not in the app): let it be claimed again. */
export async function releaseLease(client: Queryable, s: string, jobId: string): Promise<void> {
  await client.query(`UPDATE ${s}.jobs SET leased_until = NULL WHERE id = $1`, [jobId]);
}

/** At start-up: the previous engine process is gone, so every lease it held is void. One engine per schema. */
export async function clearAllLeases(client: Queryable, s: string): Promise<number> {
  const { rows } = await client.query<{ runs: number }>(
    `WITH cleared AS (UPDATE ${s}.jobs SET leased_until = NULL WHERE leased_until IS NOT NULL RETURNING run_id)
     SELECT count(DISTINCT run_id)::int AS runs FROM cleared`,
  );
  return rows[0]?.runs ?? 0;
}

/**
 * Removes the finished job and locks the run for the rest of the transaction, returning it; undefined when the run
 * ended or the job was dropped meanwhile (the reply then no longer applies).
 */
export async function finishJobAndLockRun(
  client: Queryable,
  s: string,
  job: JobRow,
  reqVersion: number | undefined,
): Promise<RunRow | undefined> {
  const { rows } = await client.query<RunRow>(
    `WITH done AS (DELETE FROM ${s}.jobs WHERE id = $2 RETURNING id)
     UPDATE ${s}.runs SET req_version = COALESCE($3, req_version)
     WHERE id = $1 AND status = 'running' AND EXISTS (SELECT 1 FROM done)
     RETURNING ${runColumns}`,
    [job.run_id, job.id, reqVersion ?? null],
  );
  return rows[0];
}

/** What the dispatcher's poll tick has to do, found in one round trip. */
export async function pollDueWork(
  client: Queryable,
  s: string,
  now: Date,
): Promise<{ timers: boolean; crons: boolean; events: boolean; jobs: boolean }> {
  const { rows } = await client.query<{ kind: string }>(
    `(SELECT 'timers' AS kind FROM ${s}.steps WHERE status IN ('sleeping', 'waiting', 'invoking') AND wake_at <= $1 LIMIT 1)
     UNION ALL (SELECT 'crons' FROM ${s}.crons WHERE next_at <= $1 LIMIT 1)
     UNION ALL (SELECT 'events' FROM ${s}.events WHERE NOT waits_done LIMIT 1)
     UNION ALL (SELECT 'jobs' FROM ${s}.jobs j JOIN ${s}.runs r ON r.id = j.run_id
                WHERE j.run_at <= $1 AND r.status = 'running' AND (j.leased_until IS NULL OR j.leased_until < $1) LIMIT 1)`,
    [now],
  );
  const kinds = new Set(rows.map((row) => row.kind));
  return {
    timers: kinds.has("timers"),
    crons: kinds.has("crons"),
    events: kinds.has("events"),
    jobs: kinds.has("jobs"),
  };
}

/** Jobs of runs that ended can never be claimed; drop them. */
export async function deleteOrphanJobs(client: Queryable, s: string): Promise<void> {
  await client.query(`DELETE FROM ${s}.jobs j USING ${s}.runs r WHERE r.id = j.run_id AND r.status <> 'running'`);
}
