import type { Db } from "@/server/db/create-client";

export type Dependency = "database" | "engine";
export interface Readiness {
  ok: boolean;
  down: Dependency[];
}

const PROBE_TIMEOUT_MS = 2_000;

/**
 * The engine this app talks to: the one named by INNGEST_BASE_URL, else the dev/local engine named by
 * INNGEST_DEV=<url>, else Inngest Cloud's event API.
 */
export function engineUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.INNGEST_BASE_URL) return env.INNGEST_BASE_URL;
  if (env.INNGEST_DEV && /^https?:\/\//.test(env.INNGEST_DEV)) return env.INNGEST_DEV;
  return "https://inn.gs";
}

/**
 * Whether this instance can do its work: the database answers a query and the engine answers HTTP at all
 * (a 5xx or no answer within two seconds counts as down; Cloud's API may answer `/health` with 404, which
 * still proves it is reachable).
 */
export async function checkReadiness(db: Db, engine: string, fetchFn: typeof fetch = fetch): Promise<Readiness> {
  const [database, engineUp] = await Promise.all([
    db.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    ),
    fetchFn(`${engine.replace(/\/+$/, "")}/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
      (res) => res.status < 500,
      () => false,
    ),
  ]);
  const down: Dependency[] = [...(database ? [] : ["database" as const]), ...(engineUp ? [] : ["engine" as const])];
  return { ok: down.length === 0, down };
}
