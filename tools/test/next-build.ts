// The production build the end-to-end tests run against, made BEFORE Playwright starts its web server: a
// `next build` inside the web server's start-up timeout failed on a loaded machine. `npm test` runs it as its own
// stage; playwright.config.ts calls it too, so `npx playwright test` alone still tests the current code. A build
// newer than every source file is reused.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { localServices } from "../dev/local-services";

const root = path.resolve(import.meta.dirname, "../..");
const buildId = path.join(root, ".next/BUILD_ID");
// What `next build` reads (tools/build: the catalogs' loader); tests, other tools and docs do not change the build.
const inputs = [
  "src",
  "public",
  "next.config.mjs",
  "tools/build",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return /\.(int\.)?test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when .next holds a build made after the last change to any of its inputs. */
export function buildIsFresh(): boolean {
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return inputs.every((input) => newestChange(path.join(root, input)) < builtAt);
}

/** Builds Next for production unless a fresh build exists; throws when the build fails. */
export function ensureFreshNextBuild(): void {
  if (buildIsFresh()) {
    console.info("[build] the production build in .next is newer than every source file: reused");
    return;
  }
  console.info("[build] next build (production) …");
  // The same variables start.ts gives the build; no request reaches them while building.
  const services = localServices({ appUrl: "http://localhost:3100", localSecret: "build-only" });
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...services.appEnv,
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "build-only-secret-build-only-secret-build",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  if (result.status !== 0) throw new Error(`next build failed with code ${result.status ?? result.signal}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    ensureFreshNextBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
