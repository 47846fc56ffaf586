/**
 * Benchmark: all 20 agency services for 200 families, the simulator's latency fixed at L. Reports the time per
 * family as a ratio to L: 1.0 is the floor set by the slowest agency (every request of a family in parallel).
 *
 *   npx tsx bench/agency-fetch.ts [--latency 200] [--families 200] [--concurrency 10] [--db]
 *
 * The simulator runs as its own process (as in dev), so its work does not share the gateway's CPU. With --db
 * the chain's use-case runs (gatherAgencyData: stored results and one audit row per request) on a fresh, migrated
 * PostgreSQL database; without it, the gateway client alone with a no-op audit sink.
 */
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/server/db/create-client";
import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import { loadAgencyGatewayConfig } from "@/server/integrations/agencies/config";
import { createAgencyGateway } from "@/server/integrations/agencies/gateway-client";
import { incomePeriod } from "@/server/integrations/agencies/period";
import { gatherAgencyData } from "@/server/services/agencies/gather-agency-data";
import { prismaAuditSink } from "@/server/services/agencies/prisma-audit-sink";
import { freshDatabase } from "../tests/support/fresh-database";
import { assertSucceeded, runPrisma } from "../tests/support/prisma-cli";
import { PLACEHOLDER_DISTRICTS } from "../tools/agency-sim/population/districts";
import { generateFamily } from "../tools/agency-sim/population/generate-family";
import { createApplicationFor } from "../tools/agency-sim/test-support";
import { DEFAULT_SEED } from "../tools/agency-sim/start-agency-simulator";

const { values } = parseArgs({
  options: {
    latency: { type: "string", default: "200" },
    families: { type: "string", default: "200" },
    concurrency: { type: "string", default: "10" },
    port: { type: "string", default: "8047" },
    db: { type: "boolean", default: false },
  },
});
const L = Number(values.latency);
const FAMILIES = Number(values.families);
const CONCURRENCY = Number(values.concurrency);
const APPLICATION_DATE = "2026-05-11";

async function startSimulatorProcess(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tools/agency-sim/main.ts"], {
    env: { ...process.env, AGENCY_SIM_PORT: values.port, AGENCY_SIM_LATENCY_MS: String(L) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = `http://127.0.0.1:${values.port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error("simulator did not start");
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const sim = await startSimulatorProcess();
const popConfig = {
  seed: DEFAULT_SEED,
  familyCount: 12_000,
  districts: PLACEHOLDER_DISTRICTS,
  anchorDate: "2026-01-01",
};
// More families than measured: the warm-up asks for its own. (Until 4 December 2026 it used the first five measured
// ones, whose answers were then already stored with --db: their gathers asked nothing and lowered the mean.) It runs
// as many at once as the measured part, so the keep-alive sockets a running server holds for that load are open: a
// server opens them once, not for each family (until 5 December 2026 the first measured families opened them).
const WARM_UP = Math.max(5, CONCURRENCY);
const families = Array.from({ length: FAMILIES + WARM_UP }, (_, i) => generateFamily(popConfig, i));
const config = loadAgencyGatewayConfig({
  AGENCY_GATEWAY_BASE_URL: sim.url,
  AGENCY_TIMEOUT_MS: String(Math.max(5_000, L * 10)),
});
const database = values.db ? await freshDatabase("bench") : null;
try {
  if (database) assertSucceeded(await runPrisma(["migrate", "deploy"], database.url), "prisma migrate deploy");
  const db = database ? createPrismaClient(database.url, 20) : null;
  const gateway = createAgencyGateway({ config, audit: db ? prismaAuditSink(db) : { record: async () => {} } });
  const period = incomePeriod(APPLICATION_DATE);
  const appIds = db ? await Promise.all(families.map((f) => createApplicationFor(db, f, APPLICATION_DATE))) : [];

  const fetchFamily = async (i: number): Promise<number> => {
    const family = families[i]!;
    const started = performance.now();
    if (db) {
      await gatherAgencyData({ applicationId: appIds[i]!, requestedBy: "bench" }, { db, gateway });
    } else {
      const rep = family.members[0]!.fin;
      await Promise.all(
        AGENCY_CODES.flatMap((agency) =>
          (["electricity", "gas", "water"].includes(agency) ? [rep] : family.members.map((m) => m.fin)).map((fin) =>
            gateway.fetch(agency, period, { applicationId: `bench-${i}`, memberFin: fin, requestedBy: "bench" }),
          ),
        ),
      );
    }
    return performance.now() - started;
  };

  // Warm-up (JIT, connection pools, sockets), not counted, on the families after the measured ones: one alone
  // first (modules, compiled queries), then the rest at once.
  await fetchFamily(FAMILIES);
  await Promise.all(Array.from({ length: WARM_UP - 1 }, (_, k) => fetchFamily(FAMILIES + 1 + k)));

  const times: number[] = [];
  let next = 0;
  const wallStart = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < FAMILIES) times.push(await fetchFamily(next++));
    }),
  );
  const wall = performance.now() - wallStart;
  const requests = families.slice(0, FAMILIES).reduce((s, f) => s + 17 * f.members.length + 3, 0);
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const ratio = (ms: number) => (ms / L).toFixed(2);
  console.log(
    `agency fetch benchmark: ${FAMILIES} families, ${requests} requests, L = ${L} ms, ${CONCURRENCY} families at a time, ${db ? "full use-case with PostgreSQL" : "gateway only"}`,
  );
  console.log(
    `time per family / L: mean ${ratio(mean)}  p50 ${ratio(percentile(times, 0.5))}  p95 ${ratio(percentile(times, 0.95))}  max ${ratio(times[times.length - 1]!)}`,
  );
  console.log(
    `throughput: ${(FAMILIES / (wall / 1000)).toFixed(1)} families/s, ${(requests / (wall / 1000)).toFixed(0)} requests/s (wall ${(wall / 1000).toFixed(1)} s)`,
  );
  gateway.close();
  await db?.$disconnect();
} finally {
  sim.stop();
  await database?.drop();
}
