import { describe, expect, it } from "vitest";
import { loadAgencyGatewayConfig } from "./config";
import { createAgencyGateway, type AgencyAuditEntry } from "./gateway-client";
import { TransportTimeoutError, type Transport, type TransportResponse } from "./http-transport";

const FIN = "1AB2CD3";
const PERIOD = { periodFrom: "2025-05-01", periodTo: "2026-04-30" };
const CTX = { applicationId: "app-1", memberFin: FIN, requestedBy: "run-1" };
const okConscription = JSON.stringify({
  fin: FIN,
  ...PERIOD,
  status: "NOT_LIABLE",
  serviceFrom: null,
  serviceUntil: null,
});

function setup(replies: (TransportResponse | Error)[], env: Record<string, string> = {}) {
  const audits: AgencyAuditEntry[] = [];
  const sleeps: number[] = [];
  const clock = { t: 1_000 };
  let calls = 0;
  const transport: Transport = async () => {
    const r = replies[Math.min(calls++, replies.length - 1)];
    if (r instanceof Error) throw r;
    return r as TransportResponse;
  };
  const gateway = createAgencyGateway({
    config: loadAgencyGatewayConfig({
      AGENCY_GATEWAY_BASE_URL: "https://gw.example",
      AGENCY_RETRY_ATTEMPTS: "3",
      AGENCY_BREAKER_FAILURES: "5",
      ...env,
    }),
    audit: { record: async (e) => void audits.push(e) },
    now: () => clock.t,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 1,
    transportFor: () => transport,
  });
  return { gateway, audits, sleeps, calls: () => calls, clock };
}

describe("agency gateway client", () => {
  it("retries transient failures with growing backoff and audits every attempt", async () => {
    const s = setup([{ status: 503, body: "" }, new TransportTimeoutError(), { status: 200, body: okConscription }]);
    const r = await s.gateway.fetch("conscription", PERIOD, CTX);
    expect(r.outcome).toBe("OK");
    expect(s.audits.map((a) => [a.attempt, a.outcome, a.httpStatus])).toEqual([
      [1, "HTTP_ERROR", 503],
      [2, "TIMEOUT", null],
      [3, "OK", 200],
    ]);
    expect(s.sleeps).toEqual([200, 400]);
    expect(
      s.audits.every((a) => a.purpose.length > 0 && a.requestedBy === "run-1" && a.applicationId === "app-1"),
    ).toBe(true);
  });

  it("does not retry a malformed reply, and records only the shape of the problem", async () => {
    const bad = JSON.stringify({ fin: FIN, ...PERIOD, status: "SECRET-VALUE", serviceFrom: null, serviceUntil: null });
    const s = setup([{ status: 200, body: bad }]);
    const r = await s.gateway.fetch("conscription", PERIOD, CTX);
    expect(r.outcome).toBe("MALFORMED");
    expect(s.calls()).toBe(1);
    expect(s.audits[0]?.error).toBe("status: invalid_value");
    expect(s.audits[0]?.error).not.toContain("SECRET");
  });

  it("rejects a valid-looking reply about another person", async () => {
    const other = okConscription.replace(FIN, "9ZZ9ZZ9");
    const r = await setup([{ status: 200, body: other }]).gateway.fetch("conscription", PERIOD, CTX);
    expect(r).toEqual({ outcome: "MALFORMED", detail: "reply names another person or period" });
  });

  it("treats 404 as an answer (no such person), and 401 as final without retry", async () => {
    expect((await setup([{ status: 404, body: "" }]).gateway.fetch("conscription", PERIOD, CTX)).outcome).toBe(
      "NOT_FOUND",
    );
    const s = setup([{ status: 401, body: "" }]);
    expect((await s.gateway.fetch("conscription", PERIOD, CTX)).outcome).toBe("HTTP_ERROR");
    expect(s.calls()).toBe(1);
  });

  it("opens the circuit after repeated failures and then answers CIRCUIT_OPEN without calling, with an audit row", async () => {
    const s = setup([{ status: 500, body: "" }], { AGENCY_BREAKER_FAILURES: "3", AGENCY_RETRY_ATTEMPTS: "3" });
    expect((await s.gateway.fetch("gas", PERIOD, CTX)).outcome).toBe("HTTP_ERROR");
    expect(s.gateway.breakerState("gas")).toBe("OPEN");
    expect(s.gateway.breakerState("water")).toBe("CLOSED");
    const callsBefore = s.calls();
    expect((await s.gateway.fetch("gas", PERIOD, CTX)).outcome).toBe("CIRCUIT_OPEN");
    expect(s.calls()).toBe(callsBefore);
    expect(s.audits.at(-1)?.outcome).toBe("CIRCUIT_OPEN");
  });
});
