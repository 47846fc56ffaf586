import { createPrismaClient } from "@/server/db/create-client";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { freshDatabase } from "../../tests/support/fresh-database";
import { assertSucceeded, runPrisma } from "../../tests/support/prisma-cli";
import { seedReference } from "../../tests/support/seed-reference";

/**
 * A fresh database for a chain benchmark or drill: migrated, with the reference data and the law's parameters and
 * holidays seeded. Import it dynamically, after the script has set up its loader (server-only), as its other
 * app imports are.
 */
export async function seededDatabase(name: string) {
  const database = await freshDatabase(name);
  assertSucceeded(await runPrisma(["migrate", "deploy"], database.url), "prisma migrate deploy");
  const db = createPrismaClient(database.url);
  await seedReference(db);
  await seedLawData(db);
  return { database, db };
}
