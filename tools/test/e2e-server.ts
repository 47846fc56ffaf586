// The system under end-to-end test: a fresh database on the test PostgreSQL server, then the same start
// script a newcomer runs, in production mode (the standalone server of the build playwright.config.ts made).
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? (process.argv[portArg + 1] ?? "3100") : "3100";
const database = `vemtas_e2e_${port}`;

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}"`);
await admin.end();

const url = new URL(serverUrl);
url.pathname = `/${database}`;

const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    path.join(root, "tools/dev/start.ts"),
    "--prod",
    "--port",
    port,
    // playwright.config.ts has made (or found) a fresh build before starting this server.
    "--skip-build",
    // Each test writes the cases it reads; the start's demo cases would be in the district's lists and queues.
    "--no-demo-cases",
  ],
  {
    stdio: "inherit",
    // VEMTAS_TEST_FAULT_PAGES arms the test-only page that throws (src/app/[locale]/test-only/server-error).
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-e2e-only-secret-e2e-only",
      VEMTAS_TEST_FAULT_PAGES: "1",
    },
  },
);
const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
process.on("SIGTERM", forward("SIGTERM"));
process.on("SIGINT", forward("SIGINT"));
child.on("exit", (code) => process.exit(code ?? 1));
