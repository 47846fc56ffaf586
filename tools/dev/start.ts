// The one-command start: `npm start`. Brings up the whole system on embedded defaults with demo data:
// PGlite when DATABASE_URL is unset, migrations, seed, the local services, then Next.js. Ctrl-C stops all.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ChildProcess } from "node:child_process";
import { runToCompletion, startService, stopAll, waitUntilReady } from "./child-process";
import { localServices, nodeWithTsx } from "./local-services";
import { startPgliteServer, type PgliteServer } from "./pglite-server";
import { runDemoCases } from "./demo-cases";
import { warmUpPages } from "./warm-up-pages";
import { APP_NODE_FLAGS, prepareStandalone } from "./standalone";
import { pointBannerAt, printWelcome } from "./welcome";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
// VEMTAS_DATA_DIR lets a second system (the load test, the memory benchmark) run beside a developer's own.
const dataDir = path.resolve(root, process.env.VEMTAS_DATA_DIR ?? ".data");

const { values: args } = parseArgs({
  options: {
    prod: { type: "boolean", default: false },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    "skip-build": { type: "boolean", default: false },
    // Without the four demo cases a start on an empty database applies with (tools/dev/demo-cases.ts).
    "no-demo-cases": { type: "boolean", default: false },
  },
});

if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

/** A stable secret for local sessions, kept under .data so a restart doesn't sign everyone out. */
function localAuthSecret(): string {
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const children: ChildProcess[] = [];
let pglite: PgliteServer | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopAll(children);
    await pglite?.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const port = Number(args.port);
  const appUrl = `http://localhost:${port}`;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pglitePort = Number(process.env.VEMTAS_PGLITE_PORT ?? 5433);
    pglite = await startPgliteServer({ dataDir: path.join(dataDir, "pglite"), port: pglitePort });
    databaseUrl = pglite.url;
    console.info(
      `[start] no DATABASE_URL: PGlite on 127.0.0.1:${pglitePort}, data in ${path.relative(root, dataDir)}/pglite`,
    );
  }

  const authSecret = process.env.AUTH_SECRET ?? localAuthSecret();
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    AUTH_TRUST_HOST: "true",
    APP_BASE_URL: process.env.APP_BASE_URL ?? appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    // PGlite serves one connection at a time: a transaction waits its turn behind every query queued before it.
    ...(pglite ? { DATABASE_TRANSACTION_MAX_WAIT_MS: process.env.DATABASE_TRANSACTION_MAX_WAIT_MS ?? "60000" } : {}),
    // The demo's staff accounts sign in with the password alone; production requires TOTP (docs/security.md).
    STAFF_TOTP_REQUIRED: process.env.STAFF_TOTP_REQUIRED ?? "false",
    // The demo's citizens sign in by SMS with any FIN, though the e-Gov stand-in runs; production does not
    // (docs/security.md, "Citizen sign-in").
    SMS_FIRST_SIGN_IN: process.env.SMS_FIRST_SIGN_IN ?? "true",
  };

  await runToCompletion("migrate", bin("prisma"), ["migrate", "deploy"], baseEnv);
  const seed = nodeWithTsx("prisma/seed.ts");
  await runToCompletion("seed", seed.command, seed.args, baseEnv);

  const services = localServices({ appUrl, localSecret: authSecret });
  const appEnv = { ...baseEnv, ...services.appEnv };
  for (const spec of services.specs) {
    const child = startService(spec, appEnv);
    children.push(child);
    if (spec.readyUrl) await waitUntilReady(spec.readyUrl, 60_000, child);
  }

  if (args.prod && !(args["skip-build"] && existsSync(path.join(root, ".next/BUILD_ID")))) {
    await runToCompletion("build", bin("next"), ["build"], { ...appEnv, NODE_ENV: "production" });
  }
  // Production runs the standalone server the Docker image runs (`next start` does not support output: "standalone").
  // Next's banner names 127.0.0.1, where it listens; the console names APP_BASE_URL's host instead (welcome.ts).
  const appBaseUrl = appEnv.APP_BASE_URL ?? appUrl;
  const rewriteLine = (line: string) => pointBannerAt(line, `http://127.0.0.1:${port}`, appBaseUrl);
  const next = args.prod
    ? startService(
        { name: "next", command: process.execPath, args: [...APP_NODE_FLAGS, prepareStandalone(root)], rewriteLine },
        { ...appEnv, NODE_ENV: "production", HOSTNAME: "127.0.0.1", PORT: String(port) },
      )
    : startService(
        {
          name: "next",
          command: bin("next"),
          args: ["dev", "--hostname", "127.0.0.1", "--port", String(port)],
          rewriteLine,
        },
        appEnv,
      );
  children.push(next);
  next.on("exit", (code) => void (stopping ? undefined : shutdown(code ?? 1)));
  await waitUntilReady(`http://127.0.0.1:${port}/api/health`, 180_000, next);
  printWelcome(appBaseUrl, services.specs);
  // The production build has compiled every page already; the development server compiles each on its first visit.
  if (!args.prod) void warmUpPages(appUrl, (line) => console.info(line));
  // The demo's families and staff exist only outside production (the seed writes demo staff only there).
  if (!args["no-demo-cases"] && process.env.NODE_ENV !== "production") {
    const origin = (name: string) => new URL(services.specs.find((s) => s.name === name)?.readyUrl ?? "").origin;
    void runDemoCases(
      {
        database: databaseUrl,
        app: appUrl,
        messaging: origin("messaging-fake"),
        agencies: origin("agency-sim"),
        inngest: origin("inngest-local"),
      },
      (line) => console.info(line),
    );
  }
} catch (error) {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
