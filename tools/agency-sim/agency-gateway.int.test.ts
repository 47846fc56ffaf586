import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAssessmentInput } from "@/server/domain/input-schema";
import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import { incomePeriod } from "@/server/integrations/agencies/period";
import { buildVerifiedCase } from "@/server/services/agencies/build-verified-case";
import { fetchAgencyData } from "@/server/services/agencies/fetch-agency-data";
import { gatherAgencyData } from "@/server/services/agencies/gather-agency-data";
import { migratedDbPerFile } from "../../tests/support/test-db";
import { generateFamily } from "./population/generate-family";
import type { SimFamily } from "./population/model";
import { DEFAULT_POPULATION, DEFAULT_SEED, startAgencySimulator, type AgencySimulator } from "./start-agency-simulator";
import { createApplicationFor, testGateway } from "./test-support";

const APPLICATION_DATE = "2026-05-11";
const LATENCY_MS = 150;
const testDb = migratedDbPerFile("agency_gw");
let sim: AgencySimulator;

/** The n-th family of the given size, deterministic from the seed. */
function familyOfSize(size: number, skip = 0): SimFamily {
  for (let i = 0, seen = 0; i < DEFAULT_POPULATION.familyCount; i++) {
    const f = generateFamily(DEFAULT_POPULATION, i);
    if (f.members.length === size && seen++ === skip) return f;
  }
  throw new Error(`no family of ${size}`);
}

beforeAll(async () => {
  sim = await startAgencySimulator({ seed: DEFAULT_SEED, latencyMs: LATENCY_MS, hangMs: 5_000 });
});
afterAll(async () => {
  await sim.stop();
});

describe("agency gateway against the simulator", () => {
  it("fetches all 20 services for a family of five in parallel, each request audited, none repeated", async () => {
    const { db } = testDb.current();
    // A generous timeout: the first queries of a fresh Prisma client compile on the event loop, which is not what
    // this test measures (timeouts have their own test in gateway-client.test.ts).
    const gateway = testGateway(db, sim.url, { AGENCY_TIMEOUT_MS: "10000" });
    // Warm-up on another family: the first run compiles Prisma's queries and JITs the contracts, which is a
    // one-off cost of the process, not of a family.
    const warmUp = await createApplicationFor(db, familyOfSize(2), APPLICATION_DATE);
    await Promise.all(
      AGENCY_CODES.map((agency) =>
        fetchAgencyData({ applicationId: warmUp, agency, requestedBy: "warm-up" }, { db, gateway }),
      ),
    );
    const family = familyOfSize(5);
    const applicationId = await createApplicationFor(db, family, APPLICATION_DATE);
    sim.resetCounts();

    const results = await Promise.all(
      AGENCY_CODES.map((agency) =>
        fetchAgencyData({ applicationId, agency, requestedBy: "test-run-1" }, { db, gateway }),
      ),
    );

    // 17 person services × 5 members + 3 household services.
    expect(sim.requestCount()).toBe(17 * 5 + 3);
    expect(results.every((r) => r.results.every((x) => x.available))).toBe(true);
    // In parallel, shown without a clock: asked one after another, the simulator would never hold two at once.
    // The 88 are sent within a few milliseconds and each is held for 150 ms, so a busy machine still overlaps many.
    expect(sim.mostAtOnce()).toBeGreaterThanOrEqual(10);
    const audits = await db.agencyRequest.findMany({ where: { applicationId } });
    expect(audits).toHaveLength(88);
    expect(audits.every((a) => a.outcome === "OK" && a.requestedBy === "test-run-1" && a.purpose.length > 0)).toBe(
      true,
    );
    expect(await db.agencyResult.count({ where: { applicationId } })).toBe(88);

    // A retried step finds everything stored and asks nobody.
    const again = await Promise.all(
      AGENCY_CODES.map((agency) =>
        fetchAgencyData({ applicationId, agency, requestedBy: "test-run-1-retry" }, { db, gateway }),
      ),
    );
    expect(again.every((r) => r.asked === 0)).toBe(true);
    expect(sim.requestCount()).toBe(88);
    expect(await db.agencyRequest.count({ where: { applicationId } })).toBe(88);

    const verified = await buildVerifiedCase(
      { applicationId, inspection: { status: "COMPLETED", date: APPLICATION_DATE } },
      { db },
    );
    expect(verified.facts.missingData).toEqual([]);
    const input = parseAssessmentInput(verified.input);
    expect(input.members).toHaveLength(5);
    expect(input.unobtainedData.filter((u) => u.reason !== "REEXAMINATION_PENDING")).toEqual([]);
    gateway.close();
  });

  it("rejects a malformed reply by its contract, records it, and passes nothing on", async () => {
    const { db } = testDb.current();
    const gateway = testGateway(db, sim.url);
    const family = familyOfSize(3);
    const applicationId = await createApplicationFor(db, family, APPLICATION_DATE);
    sim.setFaults({ perAgency: { labour: { malformedRate: 1 } } });
    try {
      const r = await fetchAgencyData({ applicationId, agency: "labour", requestedBy: "test-run-2" }, { db, gateway });
      expect(r.results.map((x) => x.kind)).toEqual(["UNAVAILABLE", "UNAVAILABLE", "UNAVAILABLE"]);
    } finally {
      sim.setFaults({});
    }
    const audits = await db.agencyRequest.findMany({ where: { applicationId, agency: "labour" } });
    expect(audits).toHaveLength(3);
    expect(audits.every((a) => a.outcome === "MALFORMED" && a.attempt === 1)).toBe(true);
    // The audit says what was wrong in shape only, never a value from the reply.
    for (const a of audits) for (const m of family.members) expect(a.error ?? "").not.toContain(m.lastName);
    const stored = await db.agencyResult.findMany({ where: { applicationId, agency: "labour" } });
    expect(
      stored.every(
        (s) =>
          !s.available && JSON.stringify(s.data).includes("MALFORMED") && !JSON.stringify(s.data).includes("wages"),
      ),
    ).toBe(true);

    const verified = await buildVerifiedCase({ applicationId }, { db });
    expect(verified.facts.incomes.filter((i) => i.source === "AGENCY:labour")).toEqual([]);
    expect(verified.input.unobtainedData?.some((u) => u.agency === "LABOUR_CONTRACTS")).toBe(true);
    gateway.close();
  });

  it("opens the circuit of an agency that is down and marks the data missing instead of failing", async () => {
    const { db } = testDb.current();
    const gateway = testGateway(db, sim.url);
    sim.setFaults({ down: ["vehicles"] });
    sim.resetCounts();
    try {
      const first = await createApplicationFor(db, familyOfSize(4), APPLICATION_DATE);
      const second = await createApplicationFor(db, familyOfSize(4, 1), APPLICATION_DATE);
      const a = await fetchAgencyData(
        { applicationId: first, agency: "vehicles", requestedBy: "test-run-3" },
        { db, gateway },
      );
      expect(gateway.breakerState("vehicles")).toBe("OPEN");
      const countAfterOpen = sim.requestCount("vehicles");
      const b = await fetchAgencyData(
        { applicationId: second, agency: "vehicles", requestedBy: "test-run-3" },
        { db, gateway },
      );
      // The open circuit answers at once: the second family's requests never reach the agency.
      expect(sim.requestCount("vehicles")).toBe(countAfterOpen);
      expect([...a.results, ...b.results].every((x) => !x.available)).toBe(true);
      const secondAudits = await db.agencyRequest.findMany({ where: { applicationId: second } });
      expect(secondAudits).toHaveLength(4);
      expect(secondAudits.every((x) => x.outcome === "CIRCUIT_OPEN")).toBe(true);

      // Every request that reached the simulator has its audit row (CIRCUIT_OPEN rows are the ones that did not).
      const reached = await db.agencyRequest.count({
        where: { applicationId: { in: [first, second] }, outcome: { not: "CIRCUIT_OPEN" } },
      });
      expect(reached).toBe(sim.requestCount("vehicles"));

      const verified = await buildVerifiedCase({ applicationId: second }, { db });
      // Missing for each of the four members; named once to the engine, whose reason names the agency, not the person.
      expect(verified.facts.missingData.filter((m) => m.agency === "vehicles")).toHaveLength(4);
      expect(verified.input.unobtainedData?.filter((u) => u.agency === "VEHICLE_REGISTRY")).toHaveLength(1);
      expect(
        verified.input.unobtainedData?.every((u) =>
          ["NO_RESPONSE", "NOT_CONNECTED", "REEXAMINATION_PENDING"].includes(u.reason),
        ),
      ).toBe(true);
    } finally {
      sim.setFaults({});
    }
    gateway.close();
  });

  it("retries a transient failure and succeeds, auditing each attempt", async () => {
    const { db } = testDb.current();
    const gateway = testGateway(db, sim.url, { AGENCY_RETRY_ATTEMPTS: "10", AGENCY_BREAKER_FAILURES: "100" });
    const applicationId = await createApplicationFor(db, familyOfSize(2), APPLICATION_DATE);
    sim.setFaults({ perAgency: { pensions: { errorRate: 0.5 } } });
    try {
      const r = await fetchAgencyData(
        { applicationId, agency: "pensions", requestedBy: "test-run-4" },
        { db, gateway },
      );
      expect(r.results.every((x) => x.available)).toBe(true);
    } finally {
      sim.setFaults({});
    }
    const audits = await db.agencyRequest.findMany({ where: { applicationId }, orderBy: { startedAt: "asc" } });
    expect(audits.filter((a) => a.outcome === "OK")).toHaveLength(2);
    expect(
      audits.filter((a) => a.outcome !== "OK").every((a) => a.outcome === "HTTP_ERROR" && a.httpStatus === 500),
    ).toBe(true);
    gateway.close();
  });

  it("gathers all 20 at once; a gather broken off keeps the answers that arrived, and its retry asks only the rest", async () => {
    const { db } = testDb.current();
    const gateway = testGateway(db, sim.url, { AGENCY_TIMEOUT_MS: "10000" });
    const family = familyOfSize(4, 1);
    const applicationId = await createApplicationFor(db, family, APPLICATION_DATE);
    const personServices = 17;
    const householdServices = 3;
    const others = (personServices - 1) * 4 + householdServices;
    // The process dies while the labour registry is being asked, once every other agency's answers are stored.
    const othersStored = async () => {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20)))
        if ((await db.agencyResult.count({ where: { applicationId } })) === others) return;
      throw new Error("the other agencies' answers were never stored");
    };
    const crashing: typeof gateway = {
      ...gateway,
      fetch: async (agency, period, ctx, audit) => {
        if (agency !== "labour") return gateway.fetch(agency, period, ctx, audit);
        await othersStored();
        throw new Error("worker killed");
      },
    };
    sim.resetCounts();
    await expect(gatherAgencyData({ applicationId, requestedBy: "run-1" }, { db, gateway: crashing })).rejects.toThrow(
      "worker killed",
    );
    expect(sim.requestCount()).toBe(others);
    expect(await db.agencyResult.count({ where: { applicationId } })).toBe(others);
    expect(await db.agencyResult.count({ where: { applicationId, agency: "labour" } })).toBe(0);

    // The retried step asks the labour registry for the four members, and nobody else.
    const retry = await gatherAgencyData({ applicationId, requestedBy: "run-1" }, { db, gateway });
    expect(retry).toEqual({ asked: 4, unavailable: 0 });
    expect(sim.requestCount()).toBe(others + 4);
    expect(await db.agencyResult.count({ where: { applicationId } })).toBe(personServices * 4 + householdServices);
    expect(await db.agencyRequest.count({ where: { applicationId } })).toBe(personServices * 4 + householdServices);
    // The audit rows and answers are written by one SQL statement a batch: each column as the gateway recorded it.
    const period = incomePeriod(APPLICATION_DATE);
    const labour = await db.agencyRequest.findMany({ where: { applicationId, agency: "labour" } });
    expect(labour.map((a) => a.memberFin).sort()).toEqual(family.members.map((m) => m.fin).sort());
    for (const a of labour) {
      expect(a).toMatchObject({ requestedBy: "run-1", attempt: 1, outcome: "OK", httpStatus: 200, error: null });
      expect(a.purpose.length).toBeGreaterThan(0);
      expect(a.periodFrom?.toISOString().slice(0, 10)).toBe(period.periodFrom);
      expect(a.periodTo?.toISOString().slice(0, 10)).toBe(period.periodTo);
      expect(Math.abs(a.startedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
      expect(a.durationMs).toBeGreaterThanOrEqual(0);
    }
    const answers = await db.agencyResult.findMany({ where: { applicationId, agency: "labour" } });
    expect(answers).toHaveLength(family.members.length);
    for (const r of answers) {
      expect(r.available).toBe(true);
      expect((r.data as { kind?: string } | null)?.kind).toBeDefined();
      expect(Math.abs(r.fetchedAt.getTime() - Date.now())).toBeLessThan(10 * 60_000);
    }
    gateway.close();
  });
  it("a gather that fails after 7 agencies answered resumes asking only the other 13", async () => {
    const { db } = testDb.current();
    const gateway = testGateway(db, sim.url, { AGENCY_TIMEOUT_MS: "10000" });
    const family = familyOfSize(3, 2);
    const applicationId = await createApplicationFor(db, family, APPLICATION_DATE);
    const answering = new Set(AGENCY_CODES.slice(0, 7));
    const requestsOf = (agencies: readonly string[]) =>
      agencies.reduce((n, a) => n + (["electricity", "gas", "water"].includes(a) ? 1 : 3), 0);
    // The first 7 agencies answer; every other call fails once they have, as a worker dying mid-gather would.
    let answered = 0;
    const firstSeven = new Promise<void>((resolve) => {
      const check = () => (answered === requestsOf([...answering]) ? resolve() : setTimeout(check, 5));
      check();
    });
    const failing: typeof gateway = {
      ...gateway,
      fetch: async (agency, period, ctx, audit) => {
        if (!answering.has(agency)) {
          await firstSeven;
          throw new Error("worker killed");
        }
        const result = await gateway.fetch(agency, period, ctx, audit);
        answered += 1;
        return result;
      },
    };
    sim.resetCounts();
    await expect(gatherAgencyData({ applicationId, requestedBy: "run-1" }, { db, gateway: failing })).rejects.toThrow(
      "worker killed",
    );
    const kept = await db.agencyResult.findMany({ where: { applicationId }, select: { agency: true } });
    expect(new Set(kept.map((r) => r.agency))).toEqual(answering);
    expect(kept).toHaveLength(requestsOf([...answering]));

    // The retry asks the 13 others, each once per member, and none of the 7 again.
    sim.resetCounts();
    const missing = AGENCY_CODES.filter((a) => !answering.has(a));
    const retry = await gatherAgencyData({ applicationId, requestedBy: "run-1" }, { db, gateway });
    expect(retry).toEqual({ asked: requestsOf(missing), unavailable: 0 });
    expect(sim.requestCount()).toBe(requestsOf(missing));
    expect(await db.agencyResult.count({ where: { applicationId } })).toBe(requestsOf(AGENCY_CODES));
    const audited = await db.agencyRequest.groupBy({
      by: ["agency"],
      where: { applicationId },
      _count: { _all: true },
    });
    expect(audited.every((a) => a._count._all === requestsOf([a.agency]))).toBe(true);
    gateway.close();
  });
});
