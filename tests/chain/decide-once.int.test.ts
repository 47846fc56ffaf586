import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideApplication } from "@/server/services/decisions/decide-application";
import type { EngineInspection } from "@/server/services/inspections/settle-inspection";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { generateFamily } from "../../tools/agency-sim/population/generate-family";
import {
  DEFAULT_POPULATION,
  DEFAULT_SEED,
  startAgencySimulator,
  type AgencySimulator,
} from "../../tools/agency-sim/start-agency-simulator";
import { gatheredApplicationFor, testGateway } from "../../tools/agency-sim/test-support";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The decision's step runs at least once, and a retry can start while the first try still runs: whatever the
// interleaving, an application gets one engine decision and its timeline each status once, in order.

const APPLICATION_DATE = "2026-05-11";
const testDb = migratedDbPerFile("decide_once");
let sim: AgencySimulator;
const inspection: EngineInspection = { status: "COMPLETED", date: APPLICATION_DATE, inspectorFlags: [] };

beforeAll(async () => {
  sim = await startAgencySimulator({ seed: DEFAULT_SEED, latencyMs: 0, hangMs: 5_000 });
  const { db } = testDb.current();
  await seedReference(db);
  await seedLawData(db);
}, 120_000);
afterAll(async () => {
  await sim.stop();
});

/** A family of the simulated population with every agency's answer in. */
function gatheredApplication(index: number) {
  const { db } = testDb.current();
  const gateway = testGateway(db, sim.url, { AGENCY_TIMEOUT_MS: "10000" });
  return gatheredApplicationFor(db, gateway, generateFamily(DEFAULT_POPULATION, index * 37), APPLICATION_DATE);
}

const timeline = (applicationId: string) =>
  testDb
    .current()
    .db.applicationStatusChange.findMany({ where: { applicationId }, orderBy: [{ at: "asc" }, { id: "asc" }] })
    .then((rows) => rows.map((r) => `${r.fromStatus}→${r.toStatus}`));

describe("decideApplication run at once and again", () => {
  it("writes one decision and each status once, for a final decision and for a review", async () => {
    const { db } = testDb.current();
    const seen = new Set<string>();
    // Families until both kinds were decided: a final one (two moves) and a review (one).
    for (let i = 0; i < 40 && !(seen.has("FINAL") && seen.has("REVIEW")); i += 1) {
      const applicationId = await gatheredApplication(i);
      const opts = { applicationId, inspection, now: new Date("2026-05-20T08:00:00Z") };
      const before = await timeline(applicationId);
      const tries = await Promise.all([1, 2, 3].map(() => decideApplication(db, opts)));
      const again = await decideApplication(db, opts);
      const first = tries[0];
      if (first?.kind !== "DECIDED")
        throw new Error(`the engine did not decide an open application: ${JSON.stringify(tries)}`);
      for (const t of [...tries, again]) expect(t).toEqual(first);

      expect(await db.decision.count({ where: { applicationId } })).toBe(1);
      const { status } = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
      const changes = (await timeline(applicationId)).slice(before.length);
      if (first.outcome === "REVIEW") {
        seen.add("REVIEW");
        expect(status).toBe("DATA_COLLECTED");
        expect(changes).toEqual(["SUBMITTED→DATA_COLLECTED"]);
      } else {
        seen.add("FINAL");
        const final = first.outcome === "ASSIGN" ? "ASSIGNED" : "REFUSED";
        expect(status).toBe(final);
        expect(changes).toEqual(["SUBMITTED→DATA_COLLECTED", `DATA_COLLECTED→${final}`]);
      }
    }
    expect([...seen].sort()).toEqual(["FINAL", "REVIEW"]);
  }, 300_000);

  it("decides nothing on an application withdrawn before the step", async () => {
    const { db } = testDb.current();
    const applicationId = await gatheredApplication(1);
    await db.application.update({ where: { id: applicationId }, data: { status: "WITHDRAWN" } });
    const result = await decideApplication(db, { applicationId, inspection, now: new Date("2026-05-20T08:00:00Z") });
    expect(result).toEqual({ kind: "CLOSED" });
    expect(await db.decision.count({ where: { applicationId } })).toBe(0);
  }, 120_000);
});
