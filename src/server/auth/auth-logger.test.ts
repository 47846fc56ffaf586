import { CredentialsSignin } from "next-auth";
import { describe, expect, it } from "vitest";
import { memoryStream } from "@/server/observability/test-support/memory-stream";
import { createLogger } from "@/server/observability/logger";
import { authJsLogger, SignInRefused } from "./auth-logger";

function memoryLog() {
  const lines: Record<string, unknown>[] = [];
  return { logger: authJsLogger(createLogger(memoryStream(lines))), lines };
}

describe("Auth.js's logger", () => {
  it("writes a wrong code or password as one warn line with the refusal's code and no stack", () => {
    const { logger, lines } = memoryLog();
    const refusal = new SignInRefused("codeWrong");
    // What Auth.js hands its logger: the error thrown by authorize, named after its class.
    expect(refusal.name).toBe("SignInRefused");
    logger.error(refusal);
    logger.error(new CredentialsSignin());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ levelName: "warn", msg: "sign-in refused", code: "codeWrong" });
    expect(lines[1]).toMatchObject({ levelName: "warn", msg: "sign-in refused" });
    for (const line of lines) {
      expect(line).not.toHaveProperty("err");
      expect(JSON.stringify(line)).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it("keeps a real fault an error, with its stack", () => {
    const { logger, lines } = memoryLog();
    logger.error(new Error("database unreachable"));
    expect(lines[0]).toMatchObject({
      levelName: "error",
      msg: "authentication failed",
      err: { type: "Error", message: "database unreachable" },
    });
    expect(String((lines[0]?.err as { stack?: string }).stack)).toContain("auth-logger.test.ts");
  });
});
