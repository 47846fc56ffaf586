import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { AGENCY_CODES, isAgencyCode, type AgencyCode } from "@/server/integrations/agencies/catalogue";
import { zAgencyQuery } from "@/server/integrations/agencies/common";
import { describeDemoFamily, pickDemoFamilies } from "./demo-families";
import { decideFault, malform, zSimFaults, type SimFaults } from "./faults";
import { monthsOf } from "./population/dates";
import { PLACEHOLDER_DISTRICTS, type SimDistrict } from "./population/districts";
import { createPopulation } from "./population/population";
import { createRng, hash32 } from "./population/prng";
import { replyBuilders } from "./replies";

export interface AgencySimulatorOptions {
  port?: number;
  host?: string;
  seed?: number;
  familyCount?: number;
  districts?: readonly SimDistrict[];
  anchorDate?: string;
  /** One latency for all agencies, or per agency with an optional `default`. */
  latencyMs?: number | Partial<Record<AgencyCode | "default", number>>;
  faults?: SimFaults;
  /** When set, every agency request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** How long a "timeout" fault holds the request before giving up with 504. */
  hangMs?: number;
  /** Dev-only endpoints (/demo-families, /population/stats, /_sim/*). Off in production. */
  devEndpoints?: boolean;
  /** Today's date for demo forecasts; injected so tests are stable. */
  today?: () => string;
}

export interface AgencySimulator {
  url: string;
  stop: () => Promise<void>;
  setFaults: (faults: SimFaults) => void;
  setLatency: (latencyMs: AgencySimulatorOptions["latencyMs"]) => void;
  /** Requests answered per agency and FIN since start (or the last reset): lets tests prove nothing is re-asked. */
  requestCount: (agency?: AgencyCode, fin?: string) => number;
  /** The most agency requests held at once (waiting out their latency) since start or the last reset. */
  mostAtOnce: () => number;
  resetCounts: () => void;
}

export const DEFAULT_SEED = 20150827;
export const DEFAULT_FAMILY_COUNT = 12_000;
/**
 * The population the simulator serves unless told otherwise: tests that pick a family with `generateFamily` use the
 * same, so the agencies know the family they apply with.
 */
export const DEFAULT_POPULATION = {
  seed: DEFAULT_SEED,
  familyCount: DEFAULT_FAMILY_COUNT,
  districts: PLACEHOLDER_DISTRICTS,
  anchorDate: "2026-01-01",
};

function send(res: http.ServerResponse, status: number, body: string | object): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: http.IncomingMessage, limit = 64_000): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the 20 agency services on one HTTP port (paths /<agency>/v1/lookup), backed by the synthetic population. */
export async function startAgencySimulator(options: AgencySimulatorOptions = {}): Promise<AgencySimulator> {
  const seed = options.seed ?? DEFAULT_POPULATION.seed;
  const population = createPopulation({
    seed,
    familyCount: options.familyCount ?? DEFAULT_POPULATION.familyCount,
    districts: options.districts ?? DEFAULT_POPULATION.districts,
    anchorDate: options.anchorDate ?? DEFAULT_POPULATION.anchorDate,
  });
  let faults: SimFaults = zSimFaults.parse(options.faults ?? {});
  let latency = options.latencyMs ?? 0;
  const random = createRng(hash32(seed, "faults")).next;
  const counts = new Map<string, number>();
  // Requests waiting out their latency now, and the most seen at once: proof that a client asks in parallel
  // without timing it.
  let atOnce = 0;
  let mostAtOnce = 0;
  const hangs = new Set<NodeJS.Timeout>();
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const devEndpoints = options.devEndpoints ?? process.env.NODE_ENV !== "production";
  let malformedSeq = 0;

  const latencyFor = (agency: AgencyCode) =>
    typeof latency === "number" ? latency : (latency[agency] ?? latency.default ?? 0);
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        hangs.delete(t);
        resolve();
      }, ms);
      hangs.add(t);
    });

  async function lookup(agency: AgencyCode, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`)
      return send(res, 401, { error: "UNAUTHORIZED" });
    const parsed = zAgencyQuery.safeParse(JSON.parse((await readBody(req)) || "null"));
    if (!parsed.success) return send(res, 400, { error: "BAD_REQUEST" });
    const q = parsed.data;
    const key = `${agency} ${q.fin}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const fault = decideFault(faults, agency, random);
    if (fault === "down") return send(res, 503, { error: "SERVICE_UNAVAILABLE" });
    atOnce++;
    mostAtOnce = Math.max(mostAtOnce, atOnce);
    try {
      await wait(latencyFor(agency));
    } finally {
      atOnce--;
    }
    if (fault === "timeout") {
      await wait(options.hangMs ?? 60_000);
      return send(res, 504, { error: "GATEWAY_TIMEOUT" });
    }
    if (fault === "error") return send(res, 500, { error: "INTERNAL" });
    const found = population.findByFin(q.fin);
    if (!found) return send(res, 404, { error: "NOT_FOUND" });
    const reply = replyBuilders[agency]({
      family: found.family,
      person: found.person,
      header: { fin: q.fin, periodFrom: q.periodFrom, periodTo: q.periodTo },
      months: monthsOf(q.periodFrom, q.periodTo),
    }) as Record<string, unknown>;
    if (fault === "malformed") return send(res, 200, malform(reply, malformedSeq++));
    send(res, 200, reply);
  }

  const zDemoQuery = z.object({
    expect: z.enum(["assign", "refuse", "review"]),
    limit: z.coerce.number().int().min(1).max(50).default(5),
    date: z.iso.date().optional(),
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sim");
    const match = /^\/([a-z-]+)\/v1\/lookup$/.exec(url.pathname);
    if (match && req.method === "POST") {
      const agency = match[1] ?? "";
      return isAgencyCode(agency) ? lookup(agency, req, res) : send(res, 404, { error: "NO_SUCH_SERVICE" });
    }
    if (url.pathname === "/health")
      return send(res, 200, { ok: true, agencies: AGENCY_CODES, seed, families: population.config.familyCount });
    if (!devEndpoints) return send(res, 404, { error: "NOT_FOUND" });
    if (url.pathname === "/demo-families" && req.method === "GET") {
      const q = zDemoQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!q.success) return send(res, 400, { error: "expect must be assign, refuse or review" });
      const date = q.data.date ?? today();
      const families = pickDemoFamilies(population, q.data.expect, date, q.data.limit).map((d) =>
        describeDemoFamily(d.family, d.expectation),
      );
      return send(res, 200, { expect: q.data.expect, applicationDate: date, seed, families });
    }
    if (url.pathname === "/population/stats" && req.method === "GET") {
      const sample = z.coerce
        .number()
        .int()
        .min(1)
        .max(population.config.familyCount)
        .catch(2_000)
        .parse(url.searchParams.get("sample") ?? undefined);
      const date = url.searchParams.get("date") ?? today();
      return send(res, 200, { applicationDate: date, sample, shares: population.outcomeShares(date, sample) });
    }
    if (url.pathname === "/_sim/faults") {
      if (req.method === "PUT") {
        const next = zSimFaults.safeParse(JSON.parse((await readBody(req)) || "{}"));
        if (!next.success) return send(res, 400, { error: "BAD_FAULTS" });
        faults = next.data;
      }
      return send(res, 200, faults);
    }
    send(res, 404, { error: "NOT_FOUND" });
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) send(res, 400, { error: "BAD_REQUEST" });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://${options.host ?? "127.0.0.1"}:${address.port}`,
    setFaults: (f) => {
      faults = zSimFaults.parse(f);
    },
    setLatency: (l) => {
      latency = l ?? 0;
    },
    requestCount: (agency, fin) => {
      let n = 0;
      for (const [key, c] of counts) {
        const [a, f] = key.split(" ");
        if ((agency === undefined || a === agency) && (fin === undefined || f === fin)) n += c;
      }
      return n;
    },
    mostAtOnce: () => mostAtOnce,
    resetCounts: () => {
      counts.clear();
      mostAtOnce = atOnce;
    },
    stop: async () => {
      for (const t of hangs) clearTimeout(t);
      hangs.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
