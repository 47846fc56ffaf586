import type { Logger } from "pino";

/**
 * The log of a failing health check. The check runs every 15 s per replica (the image's HEALTHCHECK) and behind
 * every load balancer, so one line per failure would bury the rest; none at all left an operator with a 503 and no
 * cause (DATABASE_URL missing, the server unreachable, a wrong password). So: one `error` line when a cause first
 * appears or changes, one `info` line when the check passes again. The line carries the error's class and message,
 * which name the variable or the server, never a setting's value (parse-env.ts, db/client.ts; PostgreSQL's own
 * messages name the user and host, not the password); the logger masks personal data in them as everywhere.
 */
export function healthFaultLog(log: Pick<Logger, "error" | "info">) {
  let lastCause: string | null = null;
  return {
    failed(error: unknown): void {
      const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (cause === lastCause) return;
      lastCause = cause;
      log.error({ err: error }, "health check failed: the database cannot be asked");
    },
    passed(): void {
      if (lastCause === null) return;
      lastCause = null;
      log.info("health check passes again");
    },
  };
}
