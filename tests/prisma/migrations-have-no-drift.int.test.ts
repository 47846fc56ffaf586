import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type FreshDatabase } from "../support/fresh-database";
import { assertSucceeded, runPrisma } from "../support/prisma-cli";

// Proves the committed migrations build exactly the schema in prisma/schema.prisma: a schema change committed
// without its migration (or a hand-edited migration) fails here rather than in the next developer's `migrate dev`.
// Runs the real CLI through the wasm schema-engine stand-in, so a Prisma upgrade that breaks it fails here too.
describe("prisma/migrations", () => {
  let db: FreshDatabase;

  beforeAll(async () => {
    db = await freshDatabase("drift");
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("apply to an empty database and leave no drift from prisma/schema.prisma", async () => {
    assertSucceeded(await runPrisma(["migrate", "deploy"], db.url), "prisma migrate deploy");

    const diff = await runPrisma(
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script", "--exit-code"],
      db.url,
    );

    // Exit code 2 means a non-empty diff; the SQL it prints is the migration that is missing.
    expect(diff.code, `migrations differ from prisma/schema.prisma; missing SQL:\n${diff.stdout}\n${diff.stderr}`).toBe(
      0,
    );
  });
});
