import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as LoggerModule from "@/server/observability/logger";
import { AppError } from "@/server/errors";
import type { Db } from "@/server/db/create-client";

// What the anonymous caller receives when a call fails, through the same fetch adapter as the app's route
// (src/app/api/trpc/[trpc]/route.ts), and what the log gets instead.

const lines = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock("@/server/observability/logger", async (importOriginal) => {
  const actual = await importOriginal<typeof LoggerModule>();
  const { memoryStream } = await import("@/server/observability/test-support/memory-stream");
  const memory = actual.createLogger(memoryStream(lines));
  return { ...actual, scopedLogger: (scope: string) => memory.child({ scope }) };
});

const { createTRPCRouter, publicProcedure } = await import("./trpc");

const settingsFault = "Invalid environment: AUTH_SECRET: AUTH_SECRET must be at least 32 characters";
const router = createTRPCRouter({
  broken: publicProcedure.query(() => {
    throw new Error(settingsFault);
  }),
  refused: publicProcedure.query(() => {
    throw new AppError("codeRateLimited");
  }),
});

interface ErrorBody {
  error: { json: { message: string; data: { appCode: string | null; code: string; stack?: string } } };
}

async function call(path: string, context: "ok" | "fails" = "ok"): Promise<{ status: number; body: ErrorBody }> {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/${path}`),
    router,
    createContext: () => {
      if (context === "fails") throw new Error(settingsFault);
      return { db: {} as Db, user: null, now: new Date(), authSecret: "x".repeat(40) };
    },
  });
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

afterEach(() => {
  vi.unstubAllEnvs();
  lines.length = 0;
});

describe("the tRPC error formatter", () => {
  it("in production sends a fault as `unexpected`, without its text or stack, and logs the text", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { status, body } = await call("broken");
    expect(status).toBe(500);
    expect(body.error.json.message).toBe("unexpected");
    expect(body.error.json.data.appCode).toBeNull();
    expect(body.error.json.data).not.toHaveProperty("stack");
    expect(JSON.stringify(body)).not.toContain("error-formatter.test");
    expect(JSON.stringify(body)).not.toContain("AUTH_SECRET");
    expect(lines.filter((l) => l.msg === "procedure failed")).toHaveLength(1);
  });

  it("in production hides a context that could not be built, and logs it once (no procedure ran to log it)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { status, body } = await call("broken", "fails");
    expect(status).toBe(500);
    expect(body.error.json.message).toBe("unexpected");
    expect(JSON.stringify(body)).not.toContain("Invalid environment");
    const logged = lines.filter((l) => l.msg === "request context failed");
    expect(logged).toHaveLength(1);
    expect((logged[0]?.err as { message: string }).message).toBe(settingsFault);
  });

  it("keeps a business refusal's code in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const { status, body } = await call("refused");
    expect(status).toBe(429);
    expect(body.error.json.data.appCode).toBe("codeRateLimited");
    expect(body.error.json.message).toBe("codeRateLimited");
  });

  it("outside production keeps the fault's text for the developer", async () => {
    const { body } = await call("broken");
    expect(body.error.json.message).toBe(settingsFault);
  });
});
