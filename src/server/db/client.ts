import "server-only";
import { createPrismaClient, type Db } from "./create-client";

export type { Db } from "./create-client";

// One client per server process: Next's dev server re-evaluates modules on every change, so the instance is
// kept on globalThis to avoid opening a new pool each time.
const globalForDb = globalThis as unknown as { vemtasDb?: Db };

export function getDb(): Db {
  globalForDb.vemtasDb ??= createPrismaClient(databaseUrl(), undefined, {
    transactionMaxWaitMs: transactionMaxWaitMs(),
  });
  return globalForDb.vemtasDb;
}

/**
 * DATABASE_TRANSACTION_MAX_WAIT_MS: how long a transaction may wait to start (and run). `npm start` sets it for the
 * embedded PGlite, which serves one connection at a time; unset, Prisma's defaults (2 s, 5 s) apply.
 */
function transactionMaxWaitMs(): number | undefined {
  const ms = Number(process.env.DATABASE_TRANSACTION_MAX_WAIT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error("DATABASE_URL is not set: start the system with `npm start`, or set it to a PostgreSQL URL");
  return url;
}
