import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { serveOverWire, type PgliteWireServer } from "./pglite-wire-server";

// On the embedded PGlite a transaction's BEGIN waits while another connection holds the one session. Prisma's
// default 2 s to start a transaction is not enough under load (the load test saw auth.requestCode answer 500);
// `npm start` sets DATABASE_TRANSACTION_MAX_WAIT_MS for PGlite, and the client then waits its turn.

let db: PGlite;
let server: PgliteWireServer;
let holder: pg.Client;
const prismas: Db[] = [];

beforeAll(async () => {
  db = await PGlite.create();
  server = await serveOverWire(db, { host: "127.0.0.1", port: 0 });
  holder = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
  });
  await holder.connect();
}, 180_000);

afterAll(async () => {
  await Promise.all(prismas.map((p) => p.$disconnect()));
  await holder.end().catch(() => undefined);
  await server.stop();
  await db.close();
}, 180_000);

const url = () => `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`;
const client = (options: { transactionMaxWaitMs?: number }) => {
  const p = createPrismaClient(url(), 1, options);
  prismas.push(p);
  return p;
};
const oneInTransaction = (p: Db) =>
  p.$transaction(async (tx) => (await tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)[0]?.one);

describe("a transaction on the embedded PGlite while another connection holds the session", () => {
  test("fails to start with Prisma's default wait, and waits its turn with the embedded setting", async () => {
    await holder.query("BEGIN");
    await holder.query("SELECT 1");
    // The default: gives up while the session is held.
    await expect(oneInTransaction(client({}))).rejects.toThrow(/Unable to start a transaction in the given time/);

    // The embedded setting: starts once the holder is done, here after longer than the default 2 s.
    const waiting = oneInTransaction(client({ transactionMaxWaitMs: 60_000 }));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await holder.query("COMMIT");
    expect(await waiting).toBe(1);
  }, 120_000);
});
