import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { addAdminRoutes } from "./admin-routes";
import type { EngineContext, EngineSettings } from "./context";
import { addCheckpointRoutes } from "./checkpoint-routes";
import { addEventRoutes } from "./event-routes";
import { Router, createHttpServer } from "./http-server";
import { JobDispatcher } from "./job-dispatcher";
import { type Logger, createStderrLogger } from "./logger";
import { addRegisterRoutes } from "./register-routes";
import { continueIfIdle } from "./run-state";
import { openDatabase } from "./store/db";
import { clearAllLeases, deleteOrphanJobs } from "./store/jobs-store";
import { strandedRunIds, lockRun } from "./store/runs-store";
import { type StoredFunction, listFunctions } from "./store/functions-store";
import { syncApp } from "./sync-app";

export interface EngineOptions {
  databaseUrl: string;
  /** 8288 by default, as the Dev Server; 0 picks a free port. */
  port?: number;
  host?: string;
  /** Schema of the engine's tables in the app's database. */
  schema?: string;
  /** The apps' serve URLs to sync in-band, e.g. `http://localhost:3000/api/inngest`. */
  appUrls?: string[];
  /** Signs every request to the app (cloud mode) and authenticates `/fn/register`. */
  signingKey?: string;
  /** When set, `POST /e/:key` accepts only this key. */
  eventKey?: string;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  pollIntervalMs?: number;
  /** Requests to the apps in flight at once, over all runs (a run's parallel steps each count). */
  concurrency?: number;
  requestTimeoutMs?: number;
  /** Re-sync the apps this often (picks up code changes in `next dev`); 0 syncs once at start only. */
  resyncIntervalMs?: number;
  /** At most 3: PGlite behind a socket accepts only a few connections. */
  poolSize?: number;
  /** How long `stop()` waits for requests in flight before aborting them. */
  stopGraceMs?: number;
  logger?: Logger;
}

export interface RunningEngine {
  url: string;
  /** Syncs every configured app now; returns each app's outcome. */
  syncApps(): Promise<{ url: string; appId?: string; error?: string }[]>;
  stop(): Promise<void>;
}

export const engineDefaults = {
  port: 8288,
  host: "127.0.0.1",
  schema: "inngest_local",
  backoffBaseMs: 1_000,
  backoffMaxMs: 10 * 60_000,
  pollIntervalMs: 100,
  concurrency: defaultConcurrency(),
  requestTimeoutMs: 5 * 60_000,
  resyncIntervalMs: 10_000,
  poolSize: 3,
  stopGraceMs: 2_000,
} as const;

/**
 * Requests mostly wait on the app, which itself mostly waits on I/O (agencies, the bank), so several per core keep
 * the machine busy without piling up: 8 per core, from 8 to 64.
 */
export function defaultConcurrency(): number {
  return Math.min(64, Math.max(8, availableParallelism() * 8));
}

export async function startEngine(options: EngineOptions): Promise<RunningEngine> {
  const logger = options.logger ?? createStderrLogger();
  const poolSize = Math.min(3, options.poolSize ?? engineDefaults.poolSize);
  const db = await openDatabase({
    url: options.databaseUrl,
    schema: options.schema ?? engineDefaults.schema,
    poolSize,
  });
  const settings: EngineSettings = {
    signingKey: options.signingKey,
    eventKey: options.eventKey,
    backoffBaseMs: options.backoffBaseMs ?? engineDefaults.backoffBaseMs,
    backoffMaxMs: options.backoffMaxMs ?? engineDefaults.backoffMaxMs,
    pollIntervalMs: options.pollIntervalMs ?? engineDefaults.pollIntervalMs,
    concurrency: options.concurrency ?? engineDefaults.concurrency,
    requestTimeoutMs: options.requestTimeoutMs ?? engineDefaults.requestTimeoutMs,
  };
  let functionCache: Promise<Map<string, StoredFunction>> | undefined;
  const ctx: EngineContext = {
    db,
    s: db.s,
    settings,
    logger,
    now: () => new Date(),
    wake: () => dispatcher.wake(),
    functions: () => {
      functionCache ??= listFunctions(db.pool, db.s).then((fns) => new Map(fns.map((fn) => [fn.id, fn])));
      functionCache.catch(() => {
        functionCache = undefined;
      });
      return functionCache;
    },
    invalidateFunctions: () => {
      functionCache = undefined;
    },
  };
  const dispatcher: JobDispatcher = new JobDispatcher(ctx);

  await recover(ctx);

  const appUrls = options.appUrls ?? [];
  // The app usually starts after the engine (Next may first build for minutes) and the engine retries every
  // second: each problem is said once, when it starts, and its end once, not at every retry.
  const lastProblem = new Map<string, string>();
  const syncApps = async () =>
    Promise.all(
      appUrls.map(async (url) => {
        try {
          const { appId } = await syncApp(ctx, url);
          if (lastProblem.delete(url)) logger.info(`the app at ${url} answers; synced`);
          return { url, appId };
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          const notListening = err instanceof TypeError && error === "fetch failed";
          const problem = notListening
            ? `waiting for the app at ${url}: it does not answer yet (retrying quietly)`
            : error;
          if (lastProblem.get(url) !== problem) logger.warn(problem);
          lastProblem.set(url, problem);
          return { url, error };
        }
      }),
    );

  const router = new Router();
  addEventRoutes(router, ctx);
  addRegisterRoutes(router, ctx);
  addCheckpointRoutes(router, ctx);
  addAdminRoutes(router, ctx, syncApps);
  const server = createHttpServer(router, logger);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? engineDefaults.port, options.host ?? engineDefaults.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;

  dispatcher.start();
  const initial = await syncApps();
  // Until every app answers (one may start after the engine), retry every second; then at the resync interval.
  const resyncMs = options.resyncIntervalMs ?? engineDefaults.resyncIntervalMs;
  let allSynced = initial.every((r) => !r.error);
  let lastSync = Date.now();
  let syncing = false;
  const resync =
    appUrls.length > 0
      ? setInterval(() => {
          const due = resyncMs > 0 && Date.now() - lastSync >= resyncMs;
          if (syncing || (allSynced && !due)) return;
          syncing = true;
          void syncApps()
            .then((results) => {
              allSynced = results.every((r) => !r.error);
              lastSync = Date.now();
            })
            .finally(() => {
              syncing = false;
            });
        }, 1_000)
      : undefined;
  resync?.unref();

  logger.info(
    `inngest-local listening on ${url} (schema ${options.schema ?? engineDefaults.schema}${settings.signingKey ? ", signing requests" : ""})`,
  );

  let stopped = false;
  return {
    url,
    syncApps,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (resync) clearInterval(resync);
      await dispatcher.stop(options.stopGraceMs ?? engineDefaults.stopGraceMs);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** A previous engine process is gone: free its leases and re-drive any run left without a way forward. */
async function recover(ctx: EngineContext): Promise<void> {
  const cleared = await clearAllLeases(ctx.db.pool, ctx.s);
  if (cleared) ctx.logger.info(`recovered ${cleared} run(s) whose request was in flight when the engine stopped`);
  await deleteOrphanJobs(ctx.db.pool, ctx.s);
  for (const runId of await strandedRunIds(ctx.db.pool, ctx.s)) {
    await ctx.db.tx(async (client) => {
      const run = await lockRun(client, ctx.s, runId);
      if (run?.status === "running") await continueIfIdle(ctx, client, runId);
    });
  }
}
