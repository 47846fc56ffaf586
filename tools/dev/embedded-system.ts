import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type EmbeddedPorts = ReturnType<typeof embeddedPorts>;

/** Seven consecutive ports from `base`: the app, then the engine, the fakes and simulators, PGlite. */
export function embeddedPorts(base: number) {
  return {
    app: base,
    inngest: base + 1,
    messaging: base + 2,
    bank: base + 3,
    agencies: base + 4,
    egov: base + 5,
    pglite: base + 6,
  };
}

export interface EmbeddedSystem {
  process: ChildProcess;
  /** Everything the system and its services printed so far. */
  log: () => string;
}

/**
 * `npm start --prod --skip-build` without DATABASE_URL (PGlite) on its own ports and in its own data directory
 * (emptied first), so the load test and the memory benchmark can run beside a developer's own system.
 */
export function startEmbeddedSystem(
  ports: EmbeddedPorts,
  dataDir: string,
  /** More of start.ts's flags, e.g. `--no-demo-cases`. */
  flags: string[] = [],
): EmbeddedSystem {
  rmSync(dataDir, { recursive: true, force: true });
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(root, "tools/dev/start.ts"),
      "--prod",
      "--skip-build",
      "--port",
      String(ports.app),
      ...flags,
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: "",
        VEMTAS_DATA_DIR: dataDir,
        VEMTAS_PGLITE_PORT: String(ports.pglite),
        INNGEST_LOCAL_PORT: String(ports.inngest),
        MESSAGING_FAKE_PORT: String(ports.messaging),
        BANK_SIM_PORT: String(ports.bank),
        AGENCY_SIM_PORT: String(ports.agencies),
        EGOV_IDP_PORT: String(ports.egov),
      },
    },
  );
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  return { process: child, log: () => log };
}
