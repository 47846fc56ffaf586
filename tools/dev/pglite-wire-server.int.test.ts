import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveOverWire, type PgliteWireServer } from "./pglite-wire-server";
import { firstColumn, RawWireClient } from "./raw-wire-client";

// Many connections on the one embedded PGlite session, as under `npm start`: the app's pool, the engine's and the
// seed's. Each test interleaves extended-protocol queries of several connections; with pglite-socket's per-message
// queue the first fails with "bind message supplies N parameters, but prepared statement requires M".

let db: PGlite;
let server: PgliteWireServer;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
  });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec("CREATE TABLE ledger (owner int NOT NULL, amount int NOT NULL)");
  server = await serveOverWire(db, { host: "127.0.0.1", port: 0 });
}, 180_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await server.stop();
  await db.close();
}, 180_000);

describe("the embedded PostgreSQL server", () => {
  test("keeps a connection's unnamed statement from its Parse to its Sync while another connection queries", async () => {
    const slow = await RawWireClient.open(server.port);
    const other = await connect();
    slow.parse("SELECT $1::int * 2 AS v");
    slow.flush();
    await slow.until("1"); // ParseComplete: its statement now sits in the one session
    const othersQuery = other.query<{ sum: number }>(
      "SELECT $1::int + $2::int + $3::int + $4::int AS sum",
      [1, 2, 3, 4],
    );
    // The other connection's query gets every chance to run in between (it may not, and must not, until Sync).
    const ranBetween = await Promise.race([
      othersQuery.then(() => true),
      new Promise<boolean>((r) => setTimeout(() => r(false), 500)),
    ]);
    slow.bindExecuteSync(["21"]);
    const row = await slow.until("D");
    expect(firstColumn(row)).toBe("42");
    await slow.until("Z");
    slow.close();
    expect((await othersQuery).rows[0]?.sum).toBe(10);
    expect(ranBetween).toBe(false);
  }, 120_000);

  test("answers every connection's parameterised queries with its own statement, however they interleave", async () => {
    const connections = await Promise.all(Array.from({ length: 12 }, () => connect()));
    const results = await Promise.all(
      connections.map(async (client, i) => {
        const arity = (i % 4) + 1;
        const sums: number[] = [];
        for (let round = 0; round < 25; round++) {
          const values = Array.from({ length: arity }, (_, k) => i * 1000 + round * 10 + k);
          const sql = `SELECT ${values.map((_, k) => `$${k + 1}::int`).join(" + ")} AS sum`;
          const { rows } = await client.query<{ sum: number }>(sql, values);
          sums.push(rows[0]?.sum ?? Number.NaN);
        }
        return { i, arity, sums };
      }),
    );
    for (const { i, arity, sums } of results) {
      const expected = Array.from({ length: 25 }, (_, round) =>
        Array.from({ length: arity }, (_, k) => i * 1000 + round * 10 + k).reduce((a, b) => a + b, 0),
      );
      expect(sums).toEqual(expected);
    }
  }, 120_000);

  test("gives a transaction the session to itself until it commits or rolls back", async () => {
    await db.exec("DELETE FROM ledger");
    const connections = await Promise.all(Array.from({ length: 8 }, () => connect()));
    const seen = await Promise.all(
      connections.map(async (client, owner) => {
        await client.query("BEGIN");
        for (let n = 1; n <= 5; n++)
          await client.query("INSERT INTO ledger (owner, amount) VALUES ($1, $2)", [owner, n]);
        const { rows } = await client.query<{ total: number; others: number }>(
          "SELECT COALESCE(SUM(amount) FILTER (WHERE owner = $1), 0)::int AS total, COUNT(*) FILTER (WHERE owner <> $1)::int AS others FROM ledger",
          [owner],
        );
        await client.query(owner % 2 === 0 ? "COMMIT" : "ROLLBACK");
        return rows[0];
      }),
    );
    // Inside each transaction: its own five rows, and only committed rows of others (each was alone, so whole ones).
    for (const row of seen) {
      expect(row?.total).toBe(15);
      expect((row?.others ?? -1) % 5).toBe(0);
    }
    const { rows } = await db.query<{ owner: number }>("SELECT DISTINCT owner FROM ledger ORDER BY owner");
    expect(rows.map((r) => r.owner)).toEqual([0, 2, 4, 6]);
  }, 120_000);

  test("rolls back the transaction of a connection that goes away in the middle of it", async () => {
    await db.exec("DELETE FROM ledger");
    const leaver = await connect();
    leaver.on("error", () => undefined); // its own socket is cut below
    await leaver.query("BEGIN");
    await leaver.query("INSERT INTO ledger (owner, amount) VALUES ($1, $2)", [99, 1]);
    // Even the other's startup waits for the session, which the open transaction holds.
    const waiting = connect().then((other) =>
      other.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM ledger WHERE owner = $1", [99]),
    );
    // The socket drops without a Terminate, as when a process dies.
    (leaver as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    const { rows } = await waiting;
    expect(rows[0]?.n).toBe(0);
    expect(db.isInTransaction()).toBe(false);
  }, 120_000);
});
