import { afterAll, beforeAll } from "vitest";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { startChain, type Chain, type ChainOptions } from "./chain-harness";

/**
 * A test file's chain: its own migrated database with the reference data and the law, and the engine, the
 * simulators and the functions running on it from the first test to the last.
 */
export function chainPerFile(name: string, options: Omit<ChainOptions, "databaseUrl"> = { agencyLatencyMs: 2 }) {
  const database = migratedDbPerFile(name);
  let running: Chain | undefined;
  beforeAll(async () => {
    const { db, url } = database.current();
    await seedReference(db);
    await seedLawData(db);
    running = await startChain({ databaseUrl: url, ...options });
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
  });
  return {
    db: () => database.current().db,
    chain: (): Chain => {
      if (!running) throw new Error("the chain is not running: use it inside a test or a hook");
      return running;
    },
  };
}
