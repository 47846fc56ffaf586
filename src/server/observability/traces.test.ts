import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObservabilityMiddleware } from "@/inngest/observability-middleware";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db/create-client";
import { loadAgencyGatewayConfig } from "@/server/integrations/agencies/config";
import { createAgencyGateway } from "@/server/integrations/agencies/gateway-client";
import { bankConfig } from "@/server/integrations/bank/config";
import type { AccountOrderRequest } from "@/server/integrations/bank/contract";
import { requestAccount } from "@/server/integrations/bank/request-account";
import { startTracing } from "./start-tracing";

// The spans the code names, captured by an in-memory exporter on the same global provider the app registers
// in instrumentation.ts: a renamed or lost span fails here.
const exporter = new InMemorySpanExporter();
const provider = startTracing([new SimpleSpanProcessor({ exporter })]);
afterAll(() => provider.shutdown());
const spanNames = () => exporter.getFinishedSpans().map((s) => s.name);

describe("traces", () => {
  it("span a tRPC call, failed ones included", async () => {
    const caller = createCaller({
      db: {} as Db,
      user: { id: "u", role: "CITIZEN", name: "x", districtCode: null, fin: "1AB2CD3" },
      now: new Date(),
      authSecret: "x".repeat(32),
    });
    await expect(caller.operations.health()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const span = exporter.getFinishedSpans().find((s) => s.name === "trpc operations.health");
    expect(span?.attributes["rpc.method"]).toBe("operations.health");
    expect(span?.status.code).toBe(2); // ERROR
  });

  it("span every attempt of an agency request", async () => {
    const gateway = createAgencyGateway({
      config: loadAgencyGatewayConfig({ AGENCY_GATEWAY_BASE_URL: "https://gw.example", AGENCY_RETRY_ATTEMPTS: "2" }),
      audit: { record: async () => undefined },
      sleep: async () => undefined,
      transportFor: () => async () => ({ status: 503, body: "" }),
    });
    await gateway.fetch(
      "conscription",
      { periodFrom: "2025-05-01", periodTo: "2026-04-30" },
      { applicationId: "a", memberFin: "1AB2CD3", requestedBy: "t" },
    );
    expect(spanNames().filter((n) => n === "agency.request conscription")).toHaveLength(2);
  });

  describe("the bank call", () => {
    const bank = createServer((_req, res) => res.writeHead(503).end());
    beforeAll(() => new Promise<void>((resolve) => bank.listen(0, "127.0.0.1", resolve)));
    afterAll(() => new Promise<void>((resolve) => bank.close(() => resolve())));

    it("is a span", async () => {
      const config = bankConfig({
        BANK_API_BASE_URL: `http://127.0.0.1:${(bank.address() as AddressInfo).port}`,
        BANK_API_KEY: "k".repeat(16),
        BANK_CALLBACK_SECRET: "s".repeat(32),
        APP_BASE_URL: "http://127.0.0.1:1",
      } as unknown as NodeJS.ProcessEnv);
      const reply = await requestAccount(config, "key-1", { orderReference: "o1" } as Omit<
        AccountOrderRequest,
        "callbackUrl"
      >);
      expect(reply.kind).toBe("error");
      expect(spanNames()).toContain("bank.account-order");
    });
  });

  it("span an Inngest step inside its run", async () => {
    const middleware = new ObservabilityMiddleware({ client: undefined as never });
    const fn = { id: () => "vemtas-process-application" };
    const args = { ctx: { runId: "run-1" }, fn, stepInfo: { options: { id: "fetch-agency-data" } } } as never;
    await middleware.wrapFunctionHandler({
      ...(args as object),
      next: () => middleware.wrapStepHandler({ ...(args as object), next: async () => "done" } as never),
    } as never);
    const step = exporter.getFinishedSpans().find((s) => s.name === "inngest.step fetch-agency-data");
    const run = exporter.getFinishedSpans().find((s) => s.name === "inngest.run vemtas-process-application");
    expect(step?.parentSpanContext?.spanId).toBe(run?.spanContext().spanId);
  });
});
