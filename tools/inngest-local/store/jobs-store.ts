import type { Queryable } from "./db";
import type { RunRow } from "./runs-store";

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
 * queued yet, in one statement. The job in flight (the run's lease) does not count: its reply was computed before
 * the change that asks for a fresh discovery. Returns true when a job was queued.
 */
export async function queueDiscoveryIfIdle(client: Queryable, s: string, runId: string, now: Date): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO ${s}.jobs (run_id, step_hash, attempt, run_at, created_at)
     SELECT $1, NULL, 0, $2, $2
     WHERE NOT EXISTS (
         SELECT 1 FROM ${s}.steps st WHERE st.run_id = $1 AND st.status IN ('planned', 'sleeping', 'waiting', 'invoking'))
       AND NOT EXISTS (
         SELECT 1 FROM ${s}.jobs j WHERE j.run_id = $1 AND j.step_hash IS NULL
           AND j.id IS DISTINCT FROM (SELECT lease_job FROM ${s}.runs WHERE id = $1))`,
    [runId, now],
  );
  return (result.rowCount ?? 0) > 0;
}

export async function hasJobForStep(
  client: Queryable,
  s: string,
  runId: string,
  hash: string,
  exceptJobId: string,
): Promise<boolean> {
  const { rows } = await client.query(`SELECT 1 FROM ${s}.jobs WHERE run_id = $1 AND step_hash = $2 AND id <> $3`, [
    runId,
    hash,
    exceptJobId,
  ]);
  return rows.length > 0;
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

/**
 * Claims up to `limit` due jobs, each of a different run with no request in flight, and leases those runs, in one
 * statement. `FOR UPDATE OF r SKIP LOCKED` plus the lease check make two workers never send requests for the same
 * run at once; each run's oldest due job goes first.
 */
export async function claimJobs(
  client: Queryable,
  s: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<{ job: JobRow; run: RunRow }[]> {
  const { rows } = await client.query<
    RunRow & { job_id: string; job_step_hash: string | null; job_attempt: number; job_run_at: Date }
  >(
    `WITH due AS (
       SELECT run_id, min(run_at) AS first_at FROM ${s}.jobs WHERE run_at <= $1 GROUP BY run_id),
     picked AS (
       SELECT r.id FROM ${s}.runs r JOIN due ON due.run_id = r.id
       WHERE r.status = 'running' AND (r.lease_until IS NULL OR r.lease_until < $1)
       ORDER BY due.first_at
       LIMIT $3
       FOR UPDATE OF r SKIP LOCKED),
     chosen AS (
       SELECT picked.id AS run_id, j.id AS job_id, j.step_hash, j.attempt, j.run_at FROM picked
       CROSS JOIN LATERAL (
         SELECT * FROM ${s}.jobs j WHERE j.run_id = picked.id AND j.run_at <= $1 ORDER BY j.run_at, j.id LIMIT 1) j)
     UPDATE ${s}.runs r SET lease_until = $2, lease_job = chosen.job_id
     FROM chosen WHERE r.id = chosen.run_id
     RETURNING r.*, chosen.job_id, chosen.step_hash AS job_step_hash, chosen.attempt AS job_attempt, chosen.run_at AS job_run_at`,
    [now, leaseUntil, limit],
  );
  return rows.map(({ job_id, job_step_hash, job_attempt, job_run_at, ...run }) => ({
    job: { id: job_id, run_id: run.id, step_hash: job_step_hash, attempt: job_attempt, run_at: job_run_at },
    run,
  }));
}

/**
 * Removes the finished job and frees the run, returning the run locked for the rest of the transaction; undefined
 * when the run ended or its lease went to another job meanwhile (the reply then no longer applies).
 */
export async function finishJobAndLockRun(
  client: Queryable,
  s: string,
  job: JobRow,
  reqVersion: number | undefined,
): Promise<RunRow | undefined> {
  const { rows } = await client.query<RunRow>(
    `WITH done AS (DELETE FROM ${s}.jobs WHERE id = $2)
     UPDATE ${s}.runs SET lease_until = NULL, lease_job = NULL, req_version = COALESCE($3, req_version)
     WHERE id = $1 AND lease_job = $2 AND status = 'running'
     RETURNING *`,
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
                WHERE j.run_at <= $1 AND r.status = 'running' AND (r.lease_until IS NULL OR r.lease_until < $1) LIMIT 1)`,
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
