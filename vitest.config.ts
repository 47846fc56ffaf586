import path from "node:path";
import { defineConfig } from "vitest/config";

// Two tiers: unit tests (no I/O, beside the code) and integration tests (real PostgreSQL,
// real processes), plus the deployment tests of the production build. End-to-end tests run in Playwright.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      // `server-only` throws outside React Server Components; under test, server modules are plain modules.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // next-auth v5 and next-intl import `next/server` without an extension; inlining lets Vite resolve it.
    server: { deps: { inline: ["next-auth", "next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tools/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.deploy.test.ts", "**/node_modules/**"],
          // Property tests and PDF rendering take a second or two alone; a busy CI machine must not turn that into
          // a failure, so the budget is generous and no unit test asserts speed.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "tools/**/*.int.test.ts", "tests/**/*.int.test.ts"],
          // Migrates one template database per run; tests copy it with migratedDatabase().
          globalSetup: ["tests/support/migrated-template.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The production build (`.next/standalone`) as deployed: run by `npm test` after the end-to-end
          // stage, which made the build.
          name: "deploy",
          include: ["tests/deploy/**/*.deploy.test.ts"],
          globalSetup: ["tests/support/migrated-template.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
