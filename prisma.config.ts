import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7 no longer reads .env itself. Variables already set (CI, tests) win over the file.
if (existsSync(path.join(import.meta.dirname, ".env"))) process.loadEnvFile(path.join(import.meta.dirname, ".env"));

// The CLI would otherwise download its native schema engine from a host these machines cannot reach; the
// stand-in runs the same engine as WebAssembly (see docs/prisma-offline.md). `??=` lets an operator point
// PRISMA_SCHEMA_ENGINE_BINARY at a native binary instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "tools/prisma-schema-engine/schema-engine.mjs",
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  // Optional so that `prisma generate` works without a database.
  datasource: { url: process.env.DATABASE_URL },
});
