// Memory of the whole embedded system at rest: `npm start --prod` without DATABASE_URL (PGlite, the engine, the four
// simulators, Next), on its own ports and data directory, summed over the process tree once it has settled. The goal
// it is compared with is 1.3 GB; the figure depends on the machine, so it is printed, never asserted.
// Needs a production build (`npm run build`); run it with `node --import tsx bench/embedded-rss.ts [--no-demo-cases]`
// (the flag goes on to the start).
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { embeddedPorts, startEmbeddedSystem } from "../tools/dev/embedded-system";

const root = path.resolve(import.meta.dirname, "..");
const GOAL_BYTES = 1.3 * 1024 ** 3;
const base = Number(process.env.BENCH_PORT_BASE ?? 3190);
const ports = embeddedPorts(base);
const dataDir = path.join(root, ".data-bench-rss");

if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.error("no production build: run `npm run build` first");
  process.exit(1);
}

interface Proc {
  pid: number;
  ppid: number;
  rssBytes: number;
  command: string;
}

/** Every process on the machine with its parent and resident memory, read from /proc. */
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const command = readFileSync(`/proc/${name}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      out.push({ pid: Number(name), ppid, rssBytes: rssKb * 1024, command });
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

function tree(rootPid: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift();
    for (const p of all) {
      if (p.pid === pid) found.push(p);
      if (p.ppid === pid) queue.push(p.pid);
    }
  }
  return found;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

const embedded = startEmbeddedSystem(ports, dataDir, process.argv.slice(2));
const system = embedded.process;

try {
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (system.exitCode !== null)
      throw new Error(`the system exited with code ${system.exitCode}:\n${embedded.log().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error("the system did not start within 10 minutes");
    const ok = await fetch(`http://127.0.0.1:${ports.app}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  // At rest: the seed done, the start's demo cases through the chain (unless --no-demo-cases), one page served
  // (Next loads its server code on first use), then quiet.
  while (
    !process.argv.includes("--no-demo-cases") &&
    !/\[demo\] (the demo cases .*ready|no demo cases)/.test(embedded.log())
  ) {
    if (Date.now() > deadline) throw new Error("the demo cases were not ready within 10 minutes");
    await new Promise((r) => setTimeout(r, 1000));
  }
  await fetch(`http://127.0.0.1:${ports.app}/az`).then(
    (r) => r.text(),
    () => "",
  );
  await new Promise((r) => setTimeout(r, 15_000));
  const procs = tree(system.pid ?? 0);
  const total = procs.reduce((sum, p) => sum + p.rssBytes, 0);
  for (const p of procs.sort((a, b) => b.rssBytes - a.rssBytes))
    console.info(`${mb(p.rssBytes).padStart(8)}  ${p.command.slice(0, 110)}`);
  console.info(
    `\n${procs.length} processes, ${mb(total)} resident in all; goal 1.3 GB: ${((total / GOAL_BYTES) * 100).toFixed(0)} % of it (${total <= GOAL_BYTES ? "within" : "OVER"})`,
  );
  const wrappers = procs.filter((p) => /node_modules\/\.bin\/tsx|\/tsx\/dist\/cli/.test(p.command));
  console.info(`tsx CLI wrapper processes: ${wrappers.length}`);
} finally {
  system.kill("SIGTERM");
  await new Promise((r) => system.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
