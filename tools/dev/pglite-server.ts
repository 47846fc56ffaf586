import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { serveOverWire } from "./pglite-wire-server";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * A new data directory is initialised (PGlite's initdb) in a short process of its own: run in this process, it
 * leaves about 500 MB resident for the server's whole life (measured: 870 MB after a fresh start against 240 MB
 * on an existing directory), which alone put the embedded system over its 1.3 GB goal.
 */
function initialiseDataDir(dataDir: string): void {
  if (existsSync(path.join(dataDir, "PG_VERSION"))) return;
  const script = `import { PGlite } from "@electric-sql/pglite"; await (await PGlite.create(${JSON.stringify(dataDir)})).close();`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) throw new Error(`PGlite could not initialise ${dataDir} (exit ${run.status ?? run.signal})`);
}

export interface PgliteServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * PostgreSQL in WebAssembly behind the PostgreSQL wire protocol, so the app, the engine and Prisma's CLI all
 * connect to it as to a real server. Its one session is taken in turns (see pglite-wire-server.ts): correct under
 * many connections, but one query at a time, so it is the zero-install default for a laptop, not for production.
 */
export async function startPgliteServer(opts: { dataDir: string; port: number }): Promise<PgliteServer> {
  mkdirSync(opts.dataDir, { recursive: true });
  initialiseDataDir(opts.dataDir);
  // pg_trgm: the staff search's trigram indexes (migration 20270105_folded_name_search) need it on every start.
  const db = await PGlite.create(opts.dataDir, { extensions: { pg_trgm } });
  const server = await serveOverWire(db, { host: "127.0.0.1", port: opts.port });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
