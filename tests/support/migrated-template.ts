import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { freshDatabase, testServerUrl } from "./fresh-database";
import { assertSucceeded, repoRoot, runPrisma } from "./prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    /** Name of this run's migrated template database; "" when the project has no Prisma schema yet. */
    migratedTemplate: string;
  }
}

/**
 * Vitest globalSetup: applies the committed migrations once per run to a template database (its own name per
 * run, so concurrent runs on one server do not collide), and drops it afterwards. Test files then copy it with
 * `migratedDatabase()`, which takes a fraction of a second instead of a `migrate deploy` per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(repoRoot, "prisma/schema.prisma"))) {
    project.provide("migratedTemplate", "");
    return async () => {};
  }
  const template = await freshDatabase("tpl");
  try {
    assertSucceeded(await runPrisma(["migrate", "deploy"], template.url), "prisma migrate deploy (template)");
    // PostgreSQL refuses to copy a database someone is connected to; nobody needs to connect to the template.
    const admin = new pg.Client({ connectionString: testServerUrl });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${template.name}" WITH ALLOW_CONNECTIONS false`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await template.drop();
    throw error;
  }
  project.provide("migratedTemplate", template.name);
  return () => template.drop();
}
