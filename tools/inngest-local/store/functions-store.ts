import type { Queryable } from "./db";
import { type FlowControl, readFlowControl } from "../flow-control";
import type { AppRegistration, TTrigger } from "../protocol";

export interface StoredFunction {
  id: string;
  appId: string;
  name: string;
  url: string;
  triggers: TTrigger[];
  maxAttempts: number;
  idempotency: string | null;
  flow: FlowControl;
}

interface FunctionRow {
  id: string;
  app_id: string;
  name: string;
  url: string;
  triggers: TTrigger[];
  max_attempts: number;
  idempotency: string | null;
  config: unknown;
}

/** The sync rejected any function whose flow control does not read, so a problem here means none applies. */
const flowOf = (config: unknown): FlowControl => {
  const read = readFlowControl(config);
  return "flow" in read ? read.flow : { concurrency: [] };
};

const toFunction = (row: FunctionRow): StoredFunction => ({
  id: row.id,
  appId: row.app_id,
  name: row.name,
  url: row.url,
  triggers: row.triggers,
  maxAttempts: row.max_attempts,
  idempotency: row.idempotency,
  flow: flowOf(row.config),
});

// Inngest's default when a function sets no `retries`: 4 retries, so 5 attempts.
const defaultRetries = 4;

/** Replaces the app's functions with the registered set; returns true when anything changed. */
export async function saveRegistration(
  client: Queryable,
  s: string,
  reg: AppRegistration,
  now: Date,
): Promise<boolean> {
  await client.query(
    `INSERT INTO ${s}.apps (id, url, sdk, framework, synced_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, sdk = EXCLUDED.sdk, framework = EXCLUDED.framework, synced_at = EXCLUDED.synced_at`,
    [reg.appId, reg.url, reg.sdk ?? null, reg.framework ?? null, now],
  );
  const ids = reg.functions.map((fn) => fn.id);
  const removed = await client.query(`DELETE FROM ${s}.functions WHERE app_id = $1 AND NOT (id = ANY($2::text[]))`, [
    reg.appId,
    ids,
  ]);
  let modified = (removed.rowCount ?? 0) > 0;
  for (const fn of reg.functions) {
    const step = Object.values(fn.steps)[0];
    if (!step) throw new Error(`function "${fn.id}" has no step URL`);
    const retries = step.retries?.attempts ?? defaultRetries;
    const result = await client.query(
      `INSERT INTO ${s}.functions (id, app_id, name, url, triggers, max_attempts, idempotency, config, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (id) DO UPDATE SET app_id = EXCLUDED.app_id, name = EXCLUDED.name, url = EXCLUDED.url,
         triggers = EXCLUDED.triggers, max_attempts = EXCLUDED.max_attempts, idempotency = EXCLUDED.idempotency,
         config = EXCLUDED.config, updated_at = EXCLUDED.updated_at
       WHERE ${s}.functions.config IS DISTINCT FROM EXCLUDED.config OR ${s}.functions.app_id IS DISTINCT FROM EXCLUDED.app_id`,
      [
        fn.id,
        reg.appId,
        fn.name ?? fn.id,
        step.runtime.url,
        JSON.stringify(fn.triggers),
        retries + 1,
        fn.idempotency ?? null,
        JSON.stringify(fn),
        now,
      ],
    );
    if ((result.rowCount ?? 0) > 0) modified = true;
  }
  return modified;
}

export async function getFunction(client: Queryable, s: string, id: string): Promise<StoredFunction | undefined> {
  const { rows } = await client.query<FunctionRow>(`SELECT * FROM ${s}.functions WHERE id = $1`, [id]);
  return rows[0] ? toFunction(rows[0]) : undefined;
}

export async function listFunctions(client: Queryable, s: string): Promise<StoredFunction[]> {
  const { rows } = await client.query<FunctionRow>(`SELECT * FROM ${s}.functions ORDER BY id`);
  return rows.map(toFunction);
}
