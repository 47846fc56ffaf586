/**
 * The background chain's throughput: N applications submitted at once (as the wizard's submit leaves them, then
 * `announceSubmission`), every home visit completed by a script as soon as it is booked, agencies answering after
 * L ms. Reports applications decided per minute and the median and 95th-percentile time from submission to the
 * decision, as ratios to L (the time of one agency request), so the figures compare across machines. Run:
 *   npx tsx bench/chain-throughput.ts [--count 30] [--latency 50] [--engine-concurrency N] [--warm-up N]
 *     [--engine-process] [--agency-process]
 * Needs PostgreSQL (TEST_DATABASE_URL or postgresql://postgres@127.0.0.1:5432/postgres). Asserts no timing.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { APP_NODE_FLAGS } from "../tools/dev/standalone";

// The app's server modules import "server-only": a resolve hook makes it an empty module (bench/support). The app
// runs here with the flags the image runs its server with.
if (!process.execArgv.some((a) => a.includes("server-only-hook"))) {
  const hook = new URL("./support/server-only-hook.mjs", import.meta.url).pathname;
  const r = spawnSync(
    process.execPath,
    [...APP_NODE_FLAGS, "--import", hook, "--import", "tsx", import.meta.filename, ...process.argv.slice(2)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "30" },
    latency: { type: "string", default: "50" },
    "engine-concurrency": { type: "string" },
    // Applications run to the end before the measured ones: a server that has been running a while, not one just
    // started (its first request loads modules, compiles Prisma's queries and warms the JIT).
    "warm-up": { type: "string", default: "0" },
    // The engine in its own process, as deployed (Inngest's server is not the app's process), instead of in this one.
    "engine-process": { type: "boolean", default: false },
    // The agency simulator in its own process, as the agencies are other machines: its CPU is then counted apart.
    "agency-process": { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const latencyMs = Number(values.latency);

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

async function main() {
  const [
    { seededDatabase },
    { startChain },
    { driveUntilSettled },
    { chainPhases },
    { hostBusyCpuSeconds, processCpuSeconds },
    { spawnEngine, killNine },
    { spawnAgencySimulator },
    { freePort },
    { waitUntilReady },
  ] = await Promise.all([
    import("./support/seeded-database"),
    import("../tests/chain/chain-harness"),
    import("../tests/chain/chain-actors"),
    import("./support/chain-phases"),
    import("./support/host-cpu"),
    import("./support/engine-process"),
    import("./support/agency-sim-process"),
    import("../tests/deploy/standalone-server"),
    import("../tools/dev/child-process"),
  ]);
  const { database, db } = await seededDatabase("bench_chain");
  const engineConcurrency = values["engine-concurrency"] ? Number(values["engine-concurrency"]) : undefined;
  let engineUrl: string | undefined;
  let engineProcess: ReturnType<typeof spawnEngine> | undefined;
  if (values["engine-process"]) {
    const port = await freePort();
    engineUrl = `http://127.0.0.1:${port}`;
    engineProcess = spawnEngine({
      port,
      databaseUrl: database.url,
      schema: "inngest_bench",
      appUrls: [],
      concurrency: engineConcurrency,
    });
    await waitUntilReady(`${engineUrl}/health`, 60_000, engineProcess);
  }
  let simProcess: ReturnType<typeof spawnAgencySimulator> | undefined;
  let agencySimulatorUrl: string | undefined;
  if (values["agency-process"]) {
    const port = await freePort();
    agencySimulatorUrl = `http://127.0.0.1:${port}`;
    simProcess = spawnAgencySimulator({ port, latencyMs });
    await waitUntilReady(`${agencySimulatorUrl}/health`, 60_000, simProcess);
  }
  const simCpu = () => (simProcess?.pid ? processCpuSeconds(simProcess.pid) : 0);
  const engineCpu = () => (engineProcess?.pid ? processCpuSeconds(engineProcess.pid) : 0);
  const chain = await startChain({
    databaseUrl: database.url,
    agencyLatencyMs: latencyMs,
    agencySimulatorUrl,
    engineConcurrency,
    engineUrl,
  });
  try {
    const warmUp = Number(values["warm-up"]);
    if (warmUp > 0) {
      // The last families of a list the measured ones take from the front: no family applies twice.
      const warm = (await chain.demoFamilies("refuse", 50)).slice(-warmUp);
      const warmIds = await Promise.all(warm.map((f, i) => chain.submit(db, f, 100 + i)));
      await driveUntilSettled(db, chain, warmIds, { timeoutMs: 10 * 60_000 });
    }
    const each = Math.ceil(count / 3);
    const families = (
      await Promise.all([
        chain.demoFamilies("assign", each),
        chain.demoFamilies("refuse", each),
        chain.demoFamilies("review", each),
      ])
    )
      .flat()
      .slice(0, count);
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    const hostBefore = hostBusyCpuSeconds();
    const simBefore = simCpu();
    const engineBefore = engineCpu();
    const ids = await Promise.all(families.map((f, i) => chain.submit(db, f, 500 + i)));
    await driveUntilSettled(db, chain, ids, { timeoutMs: 30 * 60_000 });
    const elapsed = Date.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const hostCpu = hostBusyCpuSeconds() - hostBefore;
    const simSpent = simCpu() - simBefore;
    const engineSpent = engineCpu() - engineBefore;
    const apps = await db.application.findMany({
      where: { id: { in: ids } },
      select: { submittedAt: true, decisions: { orderBy: { createdAt: "asc" }, take: 1, select: { createdAt: true } } },
    });
    const toDecision = apps
      .map((a) => (a.decisions[0]?.createdAt.getTime() ?? Number.NaN) - (a.submittedAt?.getTime() ?? Number.NaN))
      .sort((a, b) => a - b);
    const median = quantile(toDecision, 0.5);
    const p95 = quantile(toDecision, 0.95);
    console.info(
      `applications: ${ids.length}, agency latency L = ${latencyMs} ms, engine concurrency ${engineConcurrency ?? "default"}${warmUp > 0 ? `, after ${warmUp} warm-up` : ", cold start"}${engineProcess ? " (engine in its own process)" : ""}${simProcess ? ", agency simulator in its own process" : ""}, inspections completed by a script`,
    );
    console.info(
      `throughput: ${((ids.length / elapsed) * 60_000).toFixed(1)} applications/min (all settled in ${(elapsed / 1000).toFixed(1)} s)`,
    );
    console.info(
      `submission → decision: median ${(median / latencyMs).toFixed(1)} L (${median} ms), p95 ${(p95 / latencyMs).toFixed(1)} L (${p95} ms)`,
    );
    const phases = await chainPhases(db, ids);
    const inL = (ms: number) => `${(ms / latencyMs).toFixed(1)} L`;
    console.info(
      `chain alone (submission → decision less the time the run waited for the visit alone): median ${inL(phases.chain)} (${phases.chain} ms)`,
    );
    console.info(
      `phases (median): first effect ${inL(phases.toFirstEffect)}, visit booked ${inL(phases.toVisitBooked)}, booking → last agency answer ${inL(phases.agencyGather)}, visit done by the script ${inL(phases.visitByScript)}, visit result → decision ${inL(phases.visitToDecision)}, visit and agencies in → decision ${inL(phases.readyToDecision)}`,
    );
    // One process holds the app, the engine, the agency simulators and this driver; PostgreSQL is not counted.
    console.info(
      `CPU: ${((cpu.user + cpu.system) / 1e6 / ids.length).toFixed(2)} CPU-s per application in this process (app, engine, simulators, driver)`,
    );
    console.info(
      `CPU, whole host (every process, PostgreSQL included; needs a quiet machine): ${(hostCpu / ids.length).toFixed(2)} CPU-s per application`,
    );
    if (simProcess)
      console.info(
        `CPU, whole host less the agency simulator's process (${(simSpent / ids.length).toFixed(2)}): ${((hostCpu - simSpent) / ids.length).toFixed(2)} CPU-s per application`,
      );
    // The price of APP_NODE_FLAGS' larger young generation, if any, shows here.
    console.info(`memory: peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    // Where the host's CPU went: the rest is PostgreSQL (and anything else the machine ran meanwhile).
    if (engineProcess) {
      const per = (s: number) => (s / ids.length).toFixed(3);
      const self = (cpu.user + cpu.system) / 1e6;
      console.info(
        `CPU split per application: this process ${per(self)}, engine ${per(engineSpent)}, agency simulator ${per(simSpent)}, the rest (PostgreSQL) ${per(hostCpu - self - engineSpent - simSpent)}`,
      );
    }
  } finally {
    await chain.stop();
    if (engineProcess) await killNine(engineProcess);
    if (simProcess) await killNine(simProcess);
    await db.$disconnect();
    await database.drop();
  }
}

await main();
process.exit(0);
