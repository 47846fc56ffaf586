import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { serveOverWire } from "./pglite-wire-server";

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
  const db = await PGlite.create(opts.dataDir);
  const server = await serveOverWire(db, { host: "127.0.0.1", port: opts.port });
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
