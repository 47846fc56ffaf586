// Next calls `register` once per server process, before it serves a request. It settles the public origin for
// Auth.js, names every setting that is missing or malformed (otherwise the first sign of one is a 500 or a 503 with
// a terse or no log line), and starts tracing. Traces are exported over OTLP/HTTP only when an operator sets
// OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads it and the OTEL_EXPORTER_OTLP_* headers itself); otherwise the
// SDK is never loaded and the spans in `src/server/observability/tracing.ts` stay no-ops.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  defaultAuthUrl(process.env);
  for (const problem of settingsProblems(process.env)) {
    // A plain JSON line, not the app's logger: the logger reads the settings being checked (LOG_LEVEL).
    console.error(
      JSON.stringify({ level: 50, levelName: "error", service: "vemtas", scope: "settings", msg: problem }),
    );
  }
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  const [{ BatchSpanProcessor }, { OTLPTraceExporter }, { startTracing }] = await Promise.all([
    import("@opentelemetry/sdk-trace"),
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@/server/observability/start-tracing"),
  ]);
  startTracing([new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })]);
}

/**
 * Auth.js builds its own addresses (the e-Gov return address `…/api/auth/callback/egov`, its redirects) from
 * AUTH_URL, else from the request, which behind a proxy carries the replica's host (`localhost:3000`). The public
 * origin is APP_BASE_URL's, which every deployment sets for its links and callbacks, so it is AUTH_URL's default in
 * production; an explicit AUTH_URL wins. Development keeps Auth.js reading the request, as the dev tools expect.
 */
export function defaultAuthUrl(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== "production" || env.AUTH_URL || !env.APP_BASE_URL) return;
  if (URL.canParse(env.APP_BASE_URL)) env.AUTH_URL = new URL(env.APP_BASE_URL).origin;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * The settings the server cannot work without, or that would fail every request, each named with what is wrong —
 * never with its value (some are secrets). The rest (bank, SMS, e-mail, agencies) are checked where they are used,
 * with the same rule, and logged there.
 */
export function settingsProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL) problems.push("DATABASE_URL is not set: /api/health answers 503 and every page fails");
  else if (!URL.canParse(env.DATABASE_URL)) problems.push("DATABASE_URL is not a URL (postgresql://…)");
  if (!env.AUTH_SECRET) problems.push("AUTH_SECRET is not set: sign-in and every tRPC call fail");
  else if (env.AUTH_SECRET.length < 32) problems.push("AUTH_SECRET is shorter than 32 characters");
  if (env.APP_BASE_URL && !URL.canParse(env.APP_BASE_URL)) problems.push("APP_BASE_URL is not a URL");
  if (!env.APP_BASE_URL && env.NODE_ENV === "production")
    problems.push("APP_BASE_URL is not set: links, callbacks and sign-in would point to http://localhost:3000");
  if (env.LOG_LEVEL && !LOG_LEVELS.includes(env.LOG_LEVEL))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}: the server logs at info until it is`);
  return problems;
}
