// `npm test`: every check the project has, in order of cost, stopping at the first failure. Each stage is
// a separate process so a crash in one is reported as that stage's failure.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

const stages: { name: string; command: string; args: string[] }[] = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit", "-p", "."] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings", "0", "."] },
  { name: "unit tests", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration tests", command: bin("vitest"), args: ["run", "--project", "integration"] },
  // Its own stage, so the end-to-end stage's web server only starts the build (see tools/test/next-build.ts).
  { name: "production build", command: process.execPath, args: ["--import", "tsx", "tools/test/next-build.ts"] },
  // The embedded start (PGlite) under 200 concurrent requests, on the build above; see tools/test/embedded-load.ts.
  { name: "embedded load test", command: process.execPath, args: ["--import", "tsx", "tools/test/embedded-load.ts"] },
  { name: "end-to-end tests", command: bin("playwright"), args: ["test"] },
  // The production build the e2e stage made, as deployed: the standalone server, and two instances behind a
  // proxy surviving a SIGKILL (tests/deploy).
  { name: "deployment tests", command: bin("vitest"), args: ["run", "--project", "deploy"] },
];

const only = process.argv.slice(2);
for (const stage of stages) {
  if (only.length > 0 && !only.some((o) => stage.name.startsWith(o))) continue;
  console.info(`\n=== ${stage.name} ===`);
  const started = Date.now();
  const result = spawnSync(stage.command, stage.args, { cwd: root, stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n=== ${stage.name} FAILED after ${seconds} s ===`);
    process.exit(result.status ?? 1);
  }
  console.info(`=== ${stage.name} passed in ${seconds} s ===`);
}
