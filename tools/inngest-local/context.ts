import type { Logger } from "./logger";
import type { Database } from "./store/db";
import type { StoredFunction } from "./store/functions-store";

export interface EngineSettings {
  signingKey: string | undefined;
  eventKey: string | undefined;
  backoffBaseMs: number;
  backoffMaxMs: number;
  pollIntervalMs: number;
  concurrency: number;
  requestTimeoutMs: number;
}

/** What every part of the engine shares: the database, settings, the clock and a way to wake the dispatcher. */
export interface EngineContext {
  db: Database;
  /** Quoted schema name for SQL. */
  s: string;
  settings: EngineSettings;
  logger: Logger;
  now(): Date;
  /** Something became due (a job, a timer, an event): run the dispatcher's loop now instead of at the next poll. */
  wake(): void;
  /** Synced functions, cached in memory (one engine per schema) and reloaded after every sync. */
  functions(): Promise<Map<string, StoredFunction>>;
  invalidateFunctions(): void;
}
