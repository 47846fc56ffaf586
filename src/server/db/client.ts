import "server-only";
import { createPrismaClient, type Db } from "./create-client";

export type { Db } from "./create-client";

// One client per server process: Next's dev server re-evaluates modules on every change, so the instance is
// kept on globalThis to avoid opening a new pool each time.
const globalForDb = globalThis as unknown as { vemtasDb?: Db };

export function getDb(): Db {
  globalForDb.vemtasDb ??= createPrismaClient(databaseUrl());
  return globalForDb.vemtasDb;
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the system with `npm start`, or set it to a PostgreSQL URL");
  return url;
}
