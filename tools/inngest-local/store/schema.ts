/**
 * The engine's own tables, in a schema of their own inside the app's database. Idempotent DDL: the engine runs it
 * at every start. A run's state is rows, not a blob, so an event resolving a wait and a reply being recorded never
 * overwrite each other.
 */
export function schemaStatements(s: string): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.apps (
      id text PRIMARY KEY,
      url text NOT NULL,
      sdk text,
      framework text,
      synced_at timestamptz NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.functions (
      id text PRIMARY KEY,
      app_id text NOT NULL,
      name text NOT NULL,
      url text NOT NULL,
      triggers jsonb NOT NULL,
      max_attempts integer NOT NULL,
      idempotency text,
      config jsonb NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    // external_id is the sender's event id: unique, so a repeated id is accepted once (deduplication).
    `CREATE TABLE IF NOT EXISTS ${s}.events (
      internal_id text PRIMARY KEY,
      external_id text UNIQUE,
      name text NOT NULL,
      payload jsonb NOT NULL,
      received_at timestamptz NOT NULL,
      triggers_done boolean NOT NULL DEFAULT false,
      waits_done boolean NOT NULL DEFAULT false
    )`,
    `CREATE INDEX IF NOT EXISTS events_unprocessed ON ${s}.events (received_at) WHERE NOT waits_done`,
    // lease_*: the per-run lock. A run has at most one request to the app in flight; the lease is a column,
    // not a row lock, because no transaction stays open across the HTTP call.
    `CREATE TABLE IF NOT EXISTS ${s}.runs (
      id text PRIMARY KEY,
      function_id text NOT NULL,
      event jsonb NOT NULL,
      events jsonb NOT NULL,
      status text NOT NULL,
      output jsonb,
      error jsonb,
      req_version integer NOT NULL DEFAULT -1,
      seq integer NOT NULL DEFAULT 0,
      lease_until timestamptz,
      lease_job bigint,
      parent_run_id text,
      parent_step text,
      idempotency_key text,
      created_at timestamptz NOT NULL,
      ended_at timestamptz
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS runs_idempotency ON ${s}.runs (function_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS runs_created ON ${s}.runs (created_at)`,
    `CREATE SEQUENCE IF NOT EXISTS ${s}.completion_order`,
    // One row per step hash. status: planned | sleeping | waiting | invoking (outstanding) or
    // completed | failed | cancelled. completed_order gives the SDK its stack (completion order).
    `CREATE TABLE IF NOT EXISTS ${s}.steps (
      run_id text NOT NULL,
      hash text NOT NULL,
      op text NOT NULL,
      name text,
      display_name text,
      status text NOT NULL,
      data jsonb,
      error jsonb,
      opts jsonb,
      wake_at timestamptz,
      wait_event text,
      wait_if text,
      attempts integer NOT NULL DEFAULT 0,
      completed_order bigint,
      created_at timestamptz NOT NULL,
      completed_at timestamptz,
      PRIMARY KEY (run_id, hash)
    )`,
    `CREATE INDEX IF NOT EXISTS steps_waiting ON ${s}.steps (wait_event) WHERE status = 'waiting'`,
    `CREATE INDEX IF NOT EXISTS steps_wake ON ${s}.steps (wake_at) WHERE status IN ('sleeping', 'waiting', 'invoking')`,
    // A job is one request to the app: step_hash NULL asks the SDK to discover, a hash asks it to run that step.
    `CREATE TABLE IF NOT EXISTS ${s}.jobs (
      id bigserial PRIMARY KEY,
      run_id text NOT NULL,
      step_hash text,
      attempt integer NOT NULL DEFAULT 0,
      run_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL
    )`,
    `CREATE INDEX IF NOT EXISTS jobs_due ON ${s}.jobs (run_at)`,
    `CREATE INDEX IF NOT EXISTS jobs_run ON ${s}.jobs (run_id)`,
    `CREATE TABLE IF NOT EXISTS ${s}.crons (
      function_id text NOT NULL,
      cron text NOT NULL,
      next_at timestamptz NOT NULL,
      PRIMARY KEY (function_id, cron)
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.history (
      id bigserial PRIMARY KEY,
      run_id text NOT NULL,
      at timestamptz NOT NULL,
      kind text NOT NULL,
      step_hash text,
      detail jsonb
    )`,
    `CREATE INDEX IF NOT EXISTS history_run ON ${s}.history (run_id, id)`,
  ];
}
