// `npm run bench`: every benchmark in turn. Each prints its own figures as ratios to a baseline measured in
// the same run, so the numbers compare across machines; none of them asserts a timing.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const benches = [
  "decision-engine-throughput.ts",
  "engine-batch.ts",
  "agency-fetch.ts",
  "inngest-engine-overhead.ts",
  "chain-throughput.ts",
  "decision-letter-pdf.ts",
  "payroll.ts",
];
const only = process.argv.slice(2);

for (const file of benches) {
  if (only.length > 0 && !only.some((o) => file.startsWith(o))) continue;
  console.info(`\n=== bench/${file} ===`);
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench", file)], {
    stdio: "inherit",
    cwd: root,
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
