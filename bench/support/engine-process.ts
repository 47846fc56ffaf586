import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface EngineProcessOptions {
  port: number;
  databaseUrl: string;
  /** Its own schema of the drill's database. */
  schema: string;
  /** What the engine syncs on start and every 2 s (a restarted engine finds its app again); none: the drill syncs. */
  appUrls: string[];
  /** The engine's INNGEST_LOCAL_CONCURRENCY; unset, its default for the machine. */
  concurrency?: number | undefined;
}

/**
 * The local engine as `npm start` runs it, in its own process: a drill's engine then has a core of its own rather
 * than sharing the drill's one thread with the app's functions and the fakes, and can be killed alone.
 */
export function spawnEngine(options: EngineProcessOptions): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(root, "tools/inngest-local/main.ts")], {
    env: {
      ...process.env,
      INNGEST_LOCAL_PORT: String(options.port),
      INNGEST_LOCAL_DATABASE_URL: options.databaseUrl,
      INNGEST_LOCAL_SCHEMA: options.schema,
      INNGEST_LOCAL_APP_URLS: options.appUrls.join(","),
      INNGEST_LOCAL_BACKOFF_BASE_MS: "200",
      INNGEST_LOCAL_BACKOFF_MAX_MS: "5000",
      INNGEST_LOCAL_POLL_INTERVAL_MS: "20",
      INNGEST_LOCAL_RESYNC_INTERVAL_MS: options.appUrls.length > 0 ? "2000" : "0",
      ...(options.concurrency ? { INNGEST_LOCAL_CONCURRENCY: String(options.concurrency) } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** SIGKILL, and back once the process is gone. */
export async function killNine(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGKILL");
  await exited;
}
