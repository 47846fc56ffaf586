import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface PgliteServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * PostgreSQL in WebAssembly behind the PostgreSQL wire protocol, so the app, the engine and Prisma's CLI all
 * connect to it as to a real server. It is the zero-install default for a laptop, not for load.
 */
export async function startPgliteServer(opts: { dataDir: string; port: number }): Promise<PgliteServer> {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir);
  // Every process opens a small pool (Next, the engine, the simulators, Prisma's CLI): the default of one
  // connection would reset all but the first.
  const server = new PGLiteSocketServer({ db, port: opts.port, host: "127.0.0.1", maxConnections: 64 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${opts.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
