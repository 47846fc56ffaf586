import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { AgencyCode } from "./catalogue";
import { CircuitBreaker, type BreakerState } from "./circuit-breaker";
import { InFlightLimit } from "./in-flight-limit";
import { agencyPath, type AgencyQuery } from "./common";
import type { AgencyGatewayConfig } from "./config";
import { connectors } from "./connectors";
import { inSpan } from "@/server/observability/tracing";
import { createHttpTransport, ReplyTooLargeError, TransportTimeoutError, type Transport } from "./http-transport";

/** The outcomes of AgencyRequest.outcome (schema enum AgencyOutcome), kept here so this layer needs no Prisma. */
export type AgencyOutcome =
  "OK" | "NOT_FOUND" | "TIMEOUT" | "HTTP_ERROR" | "MALFORMED" | "CIRCUIT_OPEN" | "NETWORK_ERROR";

export interface AgencyRequestContext {
  applicationId: string;
  /** The member asked about; for household services the representative whose FIN is sent. */
  memberFin: string;
  /** The background run or staff user that caused the request. */
  requestedBy: string;
}

/** One row of the audit (AgencyRequest). No reply data: only what was asked, by whom, and how it went. */
export interface AgencyAuditEntry extends AgencyRequestContext {
  agency: AgencyCode;
  purpose: string;
  periodFrom: string;
  periodTo: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  outcome: AgencyOutcome;
  httpStatus: number | null;
  /** Shape of the problem only (status, zod issue paths): never values from the reply. */
  error: string | null;
}

export interface AgencyAuditSink {
  record: (entry: AgencyAuditEntry) => Promise<void>;
}

export type AgencyFetchResult =
  | { outcome: "OK"; reply: unknown }
  | { outcome: "NOT_FOUND" }
  | { outcome: Exclude<AgencyOutcome, "OK" | "NOT_FOUND">; detail: string | null };

export interface AgencyGatewayDeps {
  config: AgencyGatewayConfig;
  audit: AgencyAuditSink;
  /** Epoch milliseconds; injected so the breaker and the audit times are testable. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Replaces the HTTP transport per agency (tests of retry and breaker logic without a server). */
  transportFor?: (agency: AgencyCode) => Transport;
}

export interface AgencyGateway {
  /** `audit` replaces the gateway's sink for this call (a use-case that writes its audit rows in one batch). */
  fetch: (
    agency: AgencyCode,
    period: Omit<AgencyQuery, "fin" | "purpose">,
    ctx: AgencyRequestContext,
    audit?: AgencyAuditSink,
  ) => Promise<AgencyFetchResult>;
  breakerState: (agency: AgencyCode) => BreakerState;
  close: () => void;
}

type Attempt =
  | { kind: "done"; result: AgencyFetchResult; httpStatus: number | null; health: "good" | "bad" | "neutral" }
  | {
      kind: "transient";
      outcome: "TIMEOUT" | "HTTP_ERROR" | "NETWORK_ERROR";
      httpStatus: number | null;
      detail: string;
    };

/** Statuses worth asking again: the agency is overloaded or restarting, not refusing us. */
function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

function describeIssues(error: z.ZodError): string {
  // Paths and codes only: a message may quote the offending (personal) value.
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.code}`)
    .join("; ");
}

export function createAgencyGateway(deps: AgencyGatewayDeps): AgencyGateway {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = deps.random ?? Math.random;
  const breakers = new Map<AgencyCode, CircuitBreaker>();
  const transports = new Map<AgencyCode, { send: Transport; close: () => void }>();
  const limits = new Map<AgencyCode, InFlightLimit>();
  const limit = (agency: AgencyCode) => {
    let l = limits.get(agency);
    if (!l) limits.set(agency, (l = new InFlightLimit(deps.config.maxInFlight)));
    return l;
  };

  const breaker = (agency: AgencyCode) => {
    let b = breakers.get(agency);
    if (!b) breakers.set(agency, (b = new CircuitBreaker({ ...deps.config.breaker, now })));
    return b;
  };
  const transport = (agency: AgencyCode): Transport => {
    if (deps.transportFor) return deps.transportFor(agency);
    let t = transports.get(agency);
    if (!t) transports.set(agency, (t = createHttpTransport(deps.config.endpoints[agency], deps.config.maxReplyBytes)));
    return t.send;
  };

  async function attemptOnce(agency: AgencyCode, query: AgencyQuery): Promise<Attempt> {
    const endpoint = deps.config.endpoints[agency];
    const headers: Record<string, string> = {
      "content-type": "application/json",
      accept: "application/json",
      "x-request-id": randomUUID(),
    };
    if (endpoint.token) headers.authorization = `Bearer ${endpoint.token}`;
    let res;
    try {
      res = await transport(agency)({
        url: endpoint.baseUrl + agencyPath(agency),
        body: JSON.stringify(query),
        headers,
        timeoutMs: endpoint.timeoutMs,
      });
    } catch (e) {
      if (e instanceof TransportTimeoutError)
        return { kind: "transient", outcome: "TIMEOUT", httpStatus: null, detail: "timeout" };
      if (e instanceof ReplyTooLargeError)
        return {
          kind: "done",
          result: { outcome: "MALFORMED", detail: "reply too large" },
          httpStatus: null,
          health: "bad",
        };
      const code = e instanceof Error && "code" in e && typeof e.code === "string" ? e.code : "unknown";
      return { kind: "transient", outcome: "NETWORK_ERROR", httpStatus: null, detail: code };
    }
    if (res.status === 404) return { kind: "done", result: { outcome: "NOT_FOUND" }, httpStatus: 404, health: "good" };
    if (isTransientStatus(res.status))
      return { kind: "transient", outcome: "HTTP_ERROR", httpStatus: res.status, detail: `HTTP ${res.status}` };
    if (res.status !== 200)
      return {
        kind: "done",
        result: { outcome: "HTTP_ERROR", detail: `HTTP ${res.status}` },
        httpStatus: res.status,
        health: "neutral",
      };
    let json: unknown;
    try {
      json = JSON.parse(res.body);
    } catch {
      return {
        kind: "done",
        result: { outcome: "MALFORMED", detail: "reply is not JSON" },
        httpStatus: 200,
        health: "bad",
      };
    }
    const parsed = connectors[agency].reply.safeParse(json);
    if (!parsed.success)
      return {
        kind: "done",
        result: { outcome: "MALFORMED", detail: describeIssues(parsed.error) },
        httpStatus: 200,
        health: "bad",
      };
    const header = parsed.data as { fin: string; periodFrom: string; periodTo: string };
    if (header.fin !== query.fin || header.periodFrom !== query.periodFrom || header.periodTo !== query.periodTo)
      return {
        kind: "done",
        result: { outcome: "MALFORMED", detail: "reply names another person or period" },
        httpStatus: 200,
        health: "bad",
      };
    return { kind: "done", result: { outcome: "OK", reply: parsed.data }, httpStatus: 200, health: "good" };
  }

  async function fetchOne(
    agency: AgencyCode,
    period: Omit<AgencyQuery, "fin" | "purpose">,
    ctx: AgencyRequestContext,
    sink: AgencyAuditSink = deps.audit,
  ): Promise<AgencyFetchResult> {
    const purpose = connectors[agency].purpose;
    const query: AgencyQuery = {
      fin: ctx.memberFin,
      periodFrom: period.periodFrom,
      periodTo: period.periodTo,
      purpose,
    };
    const b = breaker(agency);
    const { maxAttempts, baseDelayMs, maxDelayMs } = deps.config.retry;
    const audit = (
      attempt: number,
      startedAt: number,
      outcome: AgencyOutcome,
      httpStatus: number | null,
      error: string | null,
    ) =>
      sink.record({
        ...ctx,
        agency,
        purpose,
        periodFrom: query.periodFrom,
        periodTo: query.periodTo,
        attempt,
        startedAt: new Date(startedAt),
        durationMs: Math.max(0, Math.round(now() - startedAt)),
        outcome,
        httpStatus,
        error,
      });

    for (let attempt = 1; ; attempt++) {
      // The circuit is asked once a slot is free, so a request that queued while the agency went down is not sent.
      const slot = await limit(agency).run(async () => {
        const startedAt = now();
        return {
          startedAt,
          a: b.tryAcquire()
            ? await inSpan(`agency.request ${agency}`, { "agency.code": agency, "agency.attempt": attempt }, () =>
                attemptOnce(agency, query),
              )
            : null,
        };
      });
      const { startedAt, a } = slot;
      if (!a) {
        await audit(attempt, startedAt, "CIRCUIT_OPEN", null, "circuit open");
        return { outcome: "CIRCUIT_OPEN", detail: null };
      }
      if (a.kind === "done") {
        if (a.health === "good") b.onSuccess();
        else if (a.health === "bad") b.onFailure();
        else b.onNeutral();
        const detail = "detail" in a.result ? a.result.detail : null;
        await audit(attempt, startedAt, a.result.outcome, a.httpStatus, detail);
        return a.result;
      }
      b.onFailure();
      await audit(attempt, startedAt, a.outcome, a.httpStatus, a.detail);
      if (attempt >= maxAttempts) return { outcome: a.outcome, detail: a.detail };
      // Exponential backoff with jitter, so retries of many members do not arrive as one burst.
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + random() / 2);
      await sleep(delay);
    }
  }

  return {
    fetch: fetchOne,
    breakerState: (agency) => breaker(agency).state,
    close: () => {
      for (const t of transports.values()) t.close();
      transports.clear();
    },
  };
}
