import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { startPgliteServer } from "./pglite-server";

// A new data directory is initialised in a process of its own (PGlite's initdb would stay resident in the start's
// process); the server then opens it, and a second start finds it initialised and keeps what was written.

const dataDir = mkdtempSync(path.join(tmpdir(), "vemtas-pglite-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test("initialises a new directory, serves it, and a second start keeps its data", async () => {
  const first = await startPgliteServer({ dataDir, port: 0 });
  const initialisedAt = statSync(path.join(dataDir, "PG_VERSION")).mtimeMs;
  await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42); CREATE EXTENSION pg_trgm");
  await first.stop();

  const second = await startPgliteServer({ dataDir, port: 0 });
  expect(await query(second.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
  // The staff search's trigram indexes (prisma/migrations/20270105_folded_name_search) work again after a restart.
  expect(await query(second.url, "SELECT similarity('veliyev', 'veliyev') AS s")).toEqual([{ s: 1 }]);
  expect(statSync(path.join(dataDir, "PG_VERSION")).mtimeMs).toBe(initialisedAt);
  await second.stop();
}, 180_000);
