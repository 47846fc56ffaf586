import { afterAll, beforeAll } from "vitest";
import { type FreshDatabase, freshDatabase } from "../../../tests/support/fresh-database";

/** One fresh database per test file; each test then runs its own engine in its own schema. */
export function setupFreshDatabase(): { url(): string } {
  let db: FreshDatabase | undefined;
  beforeAll(async () => {
    db = await freshDatabase("inngest_local");
  });
  afterAll(async () => {
    await db?.drop();
  });
  return {
    url: () => {
      if (!db) throw new Error("database not ready");
      return db.url;
    },
  };
}

/** Counts executions per key, to prove a step body ran exactly as often as it should. */
export function executionCounter() {
  const counts = new Map<string, number>();
  return {
    hit: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    get: (key: string) => counts.get(key) ?? 0,
    all: () => Object.fromEntries(counts),
  };
}
