import pg from "pg";
import { schemaStatements } from "./schema";

export type Queryable = Pick<pg.PoolClient, "query">;

export interface Database {
  pool: pg.Pool;
  /** Quoted schema name, safe to interpolate (validated at creation). */
  s: string;
  tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const retryableCodes = new Set(["40P01", "40001"]);

/**
 * A small pool (PGlite behind a socket allows only a few connections and serializes transactions). Every
 * transaction is short and never spans an HTTP call; deadlocks and serialization failures are retried. Work
 * inside `tx` uses its client only: a pool query there would wait for a connection that other transactions,
 * each waiting the same way, hold (pool-of-one.int.test.ts).
 */
export async function openDatabase(options: { url: string; schema: string; poolSize: number }): Promise<Database> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`invalid schema name "${options.schema}"`);
  // Commits need not wait for the WAL flush (about 5x faster per step here). A killed engine loses nothing;
  // only a crash of PostgreSQL itself may lose the last fraction of a second, and steps are at-least-once anyway.
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    idleTimeoutMillis: 10_000,
    // Every transaction is short, so a minute's wait for a connection means one is stuck: fail the work (it is
    // retried from the database) rather than wait forever behind it.
    connectionTimeoutMillis: 60_000,
    options: "-c synchronous_commit=off",
  });
  // An idle client that loses its server (PostgreSQL restarting) must not crash the engine.
  pool.on("error", () => undefined);
  const s = `"${options.schema}"`;

  const tx = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        const code = (err as { code?: string }).code;
        if (attempt < 5 && code && retryableCodes.has(code)) continue;
        throw err;
      } finally {
        client.release();
      }
    }
  };

  const db: Database = { pool, s, tx, close: () => pool.end() };
  await migrate(db, options.schema);
  return db;
}

async function migrate(db: Database, schema: string): Promise<void> {
  // Two engines starting at once (tests, a restart) must not race on CREATE: serialize on a per-schema lock.
  await db.tx(async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`inngest-local:${schema}`]);
    // One round trip: a parameterless multi-statement query (the simple protocol allows it).
    await client.query(schemaStatements(db.s).join(";\n"));
  });
}
