import { inject } from "vitest";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

/**
 * A new database with every committed migration applied, for one test file: a copy (`CREATE DATABASE ...
 * TEMPLATE`) of the template that tests/support/migrated-template.ts migrates once per run. Drop it in afterAll.
 */
export async function migratedDatabase(prefix = "t"): Promise<FreshDatabase> {
  const template = inject("migratedTemplate");
  if (template === undefined) {
    throw new Error(
      'migratedDatabase() needs `globalSetup: ["tests/support/migrated-template.ts"]` in the vitest project.',
    );
  }
  if (template === "") {
    throw new Error("migratedDatabase(): there is no prisma/schema.prisma yet, so there are no migrations to apply.");
  }
  return freshDatabase(prefix, template);
}
