import { describe, expect, it } from "vitest";
import { memoryStream } from "@/server/observability/test-support/memory-stream";
import { createLogger } from "@/server/observability/logger";
import { healthFaultLog } from "./fault-log";

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  return { log: createLogger(memoryStream(lines)), lines };
}

describe("the health check's fault log", () => {
  it("logs a cause once while it lasts, again when it changes, and once when the check passes again", () => {
    const { log, lines } = memoryLog();
    const faults = healthFaultLog(log);
    const missing = new Error("DATABASE_URL is not set: start the system with `npm start`, or set it");
    faults.failed(missing);
    faults.failed(new Error(missing.message));
    faults.failed(missing);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ levelName: "error", msg: "health check failed: the database cannot be asked" });
    expect((lines[0]?.err as { message: string }).message).toContain("DATABASE_URL is not set");

    faults.failed(new Error("connect ECONNREFUSED 10.0.0.5:5432"));
    expect(lines).toHaveLength(2);
    faults.passed();
    faults.passed();
    expect(lines.slice(2).map((l) => [l.levelName, l.msg])).toEqual([["info", "health check passes again"]]);
    // After a recovery the same cause is news again.
    faults.failed(missing);
    expect(lines).toHaveLength(4);
  });

  it("says nothing while the check passes", () => {
    const { log, lines } = memoryLog();
    healthFaultLog(log).passed();
    expect(lines).toEqual([]);
  });
});
