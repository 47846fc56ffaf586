import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * The agency simulator in its own process, as in development and as the real agencies are in production (other
 * machines): its CPU is then not the chain's, and it can be counted apart (processCpuSeconds in host-cpu.ts).
 */
export function spawnAgencySimulator(options: { port: number; latencyMs: number }): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "tools/agency-sim/main.ts")], {
    env: {
      ...process.env,
      AGENCY_SIM_PORT: String(options.port),
      AGENCY_SIM_LATENCY_MS: String(options.latencyMs),
      // As the in-process simulator of the chain's tests.
      AGENCY_SIM_HANG_MS: "400",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
