import { z } from "zod";
import type { EngineOptions } from "./engine";

/** The engine's environment, validated at start-up; see docs/inngest-local.md for each variable. */
const ZEngineEnv = z
  .object({
    INNGEST_LOCAL_PORT: z.coerce.number().int().min(0).max(65535).default(8288),
    INNGEST_LOCAL_HOST: z.string().min(1).default("127.0.0.1"),
    INNGEST_LOCAL_DATABASE_URL: z.string().min(1).optional(),
    DATABASE_URL: z.string().min(1).optional(),
    INNGEST_LOCAL_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, "lower-case SQL identifier")
      .default("inngest_local"),
    INNGEST_LOCAL_APP_URLS: z.string().default("http://localhost:3000/api/inngest"),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_LOCAL_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_LOCAL_BACKOFF_BASE_MS: z.coerce.number().int().min(0).default(1_000),
    INNGEST_LOCAL_BACKOFF_MAX_MS: z.coerce.number().int().min(0).default(600_000),
    INNGEST_LOCAL_POLL_INTERVAL_MS: z.coerce.number().int().min(5).default(100),
    INNGEST_LOCAL_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
    INNGEST_LOCAL_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(300_000),
    INNGEST_LOCAL_RESYNC_INTERVAL_MS: z.coerce.number().int().min(0).default(10_000),
    INNGEST_LOCAL_POOL_SIZE: z.coerce.number().int().min(1).max(3).default(3),
  })
  .refine((env) => env.INNGEST_LOCAL_DATABASE_URL ?? env.DATABASE_URL, {
    message: "set INNGEST_LOCAL_DATABASE_URL or DATABASE_URL",
    path: ["INNGEST_LOCAL_DATABASE_URL"],
  });

export function engineOptionsFromEnv(env: NodeJS.ProcessEnv): EngineOptions {
  const parsed = ZEngineEnv.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`inngest-local: invalid environment: ${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.INNGEST_LOCAL_DATABASE_URL ?? e.DATABASE_URL ?? "",
    port: e.INNGEST_LOCAL_PORT,
    host: e.INNGEST_LOCAL_HOST,
    schema: e.INNGEST_LOCAL_SCHEMA,
    appUrls: e.INNGEST_LOCAL_APP_URLS.split(",")
      .map((url) => url.trim())
      .filter(Boolean),
    signingKey: e.INNGEST_SIGNING_KEY,
    eventKey: e.INNGEST_LOCAL_EVENT_KEY,
    backoffBaseMs: e.INNGEST_LOCAL_BACKOFF_BASE_MS,
    backoffMaxMs: e.INNGEST_LOCAL_BACKOFF_MAX_MS,
    pollIntervalMs: e.INNGEST_LOCAL_POLL_INTERVAL_MS,
    concurrency: e.INNGEST_LOCAL_CONCURRENCY,
    requestTimeoutMs: e.INNGEST_LOCAL_REQUEST_TIMEOUT_MS,
    resyncIntervalMs: e.INNGEST_LOCAL_RESYNC_INTERVAL_MS,
    poolSize: e.INNGEST_LOCAL_POOL_SIZE,
  };
}
