import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { migratedDatabase } from "./migrated-database";

/**
 * Gives a test file its own migrated database and a Prisma client on it, cleaned up after the file.
 * Read `current()` inside tests (the database exists only after beforeAll).
 */
export function migratedDbPerFile(prefix: string): { current: () => { db: Db; url: string } } {
  let state: { db: Db; url: string; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    const database = await migratedDatabase(prefix);
    state = { db: createPrismaClient(database.url, 4), url: database.url, drop: database.drop };
  });
  afterAll(async () => {
    await state?.db.$disconnect();
    await state?.drop();
  });
  return {
    current: () => {
      if (!state) throw new Error("the test database is not ready: use it inside a test or a hook");
      return state;
    },
  };
}
