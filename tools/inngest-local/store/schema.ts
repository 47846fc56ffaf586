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
    // memo and stack: the finished steps as the SDK receives them ({hash: {type, data|error}} and the hashes in
    // completion order), appended in place under the run's row lock, so a request is built from the run row alone.
    // concurrency_keys: the run's concurrency groups (flow-control.ts), evaluated once when it starts.
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
      parent_run_id text,
      parent_step text,
      idempotency_key text,
      created_at timestamptz NOT NULL,
      ended_at timestamptz
    )`,
    // A run's lease (one request in flight per run) became a lease per job.
    `ALTER TABLE ${s}.runs DROP COLUMN IF EXISTS lease_until, DROP COLUMN IF EXISTS lease_job`,
    `ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS memo jsonb`,
    `ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS stack jsonb`,
    `ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS concurrency_keys jsonb NOT NULL DEFAULT '[]'`,
    `ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS rate_key text`,
    `ALTER TABLE ${s}.runs ADD COLUMN IF NOT EXISTS singleton_key text`,
    `CREATE INDEX IF NOT EXISTS runs_rate ON ${s}.runs (function_id, rate_key, created_at) WHERE rate_key IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS runs_singleton ON ${s}.runs (function_id, singleton_key) WHERE singleton_key IS NOT NULL AND status = 'running'`,
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
    // A wait on `match` (the SDK's "event.<path> == async.<path>"): the path and the run's value there, so an event
    // is compared with the waits on its own value only instead of with every wait for its name (wait-key.ts).
    `ALTER TABLE ${s}.steps ADD COLUMN IF NOT EXISTS wait_key_path text[]`,
    `ALTER TABLE ${s}.steps ADD COLUMN IF NOT EXISTS wait_key text`,
    `CREATE INDEX IF NOT EXISTS steps_waiting_key ON ${s}.steps (wait_event, wait_key) WHERE status = 'waiting'`,
    `CREATE INDEX IF NOT EXISTS steps_wake ON ${s}.steps (wake_at) WHERE status IN ('sleeping', 'waiting', 'invoking')`,
    // A job is one request to the app: step_hash NULL asks the SDK to discover, a hash asks it to run that step.
    // leased_until: the request is in flight (a column, not a row lock: no transaction stays open across the HTTP
    // call). A run may have several step requests in flight (parallel steps), but a discovery only alone.
    `CREATE TABLE IF NOT EXISTS ${s}.jobs (
      id bigserial PRIMARY KEY,
      run_id text NOT NULL,
      step_hash text,
      attempt integer NOT NULL DEFAULT 0,
      run_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL
    )`,
    `ALTER TABLE ${s}.jobs ADD COLUMN IF NOT EXISTS leased_until timestamptz`,
    // lease_token: new at every lease, so a request of an earlier lease of the same job (its engine was killed, or
    // it outlived its lease) cannot checkpoint into the request that replaced it.
    `ALTER TABLE ${s}.jobs ADD COLUMN IF NOT EXISTS lease_token bigint`,
    `CREATE SEQUENCE IF NOT EXISTS ${s}.lease_tokens`,
    // Throttle state per function and key: the GCRA's theoretical arrival time (flow-control.ts).
    `CREATE TABLE IF NOT EXISTS ${s}.throttles (
      function_id text NOT NULL,
      key text NOT NULL,
      tat timestamptz NOT NULL,
      PRIMARY KEY (function_id, key)
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
    // Runs started by an engine that kept no memo: build it once from their step rows.
    `UPDATE ${s}.runs r SET
       memo = COALESCE((SELECT jsonb_object_agg(st.hash, CASE WHEN st.status = 'failed'
           THEN jsonb_build_object('type', 'error', 'error', st.error)
           ELSE jsonb_build_object('type', 'data', 'data', COALESCE(st.data, 'null'::jsonb)) END)
         FROM ${s}.steps st WHERE st.run_id = r.id AND st.status IN ('completed', 'failed')), '{}'::jsonb),
       stack = COALESCE((SELECT jsonb_agg(st.hash ORDER BY st.completed_order)
         FROM ${s}.steps st WHERE st.run_id = r.id AND st.status IN ('completed', 'failed')), '[]'::jsonb)
     WHERE r.memo IS NULL AND r.status = 'running'`,
  ];
}
