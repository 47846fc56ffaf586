import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { InspectionResult } from "@/server/services/inspections/inspection-result";
import { settleInspection } from "@/server/services/inspections/settle-inspection";
import { applicationWithInspection } from "../support/case-fixtures";
import { startEventSink } from "../support/event-sink";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("inspections");
const now = new Date("2026-03-04T09:00:00Z");
// The Inngest client reads INNGEST_DEV when it is created: the router is imported once the sink is listening.
let createCaller: typeof CreateCaller;
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let sink: Awaited<ReturnType<typeof startEventSink>>;
let inspector1: SessionUser;
let inspector2: SessionUser;
let sabunchuInspector: SessionUser;

const resultFor = (fins: string[]): InspectionResult => ({
  version: 1,
  visitedOn: "2026-03-04",
  housing: { type: "PRIVATE_HOUSE", condition: "SATISFACTORY", rooms: 3 },
  meters: [{ kind: "ELECTRICITY", number: "EL-77001" }],
  landAreaSqm: 400,
  livestock: [{ kind: "SHEEP", count: 4 }],
  vehicles: [],
  largePurchases: [],
  membersPresent: fins,
  notes: "",
  judgement: { code: "UNDECLARED_ASSETS_SEEN", reason: "Four sheep not in the declaration." },
});

const eventIds = () => sink.events.filter((e) => e.name === "inspection/completed").map((e) => e.id);
const audits = (applicationId: string, action: string) =>
  testDb.current().db.auditLog.count({ where: { applicationId, action } });

beforeAll(async () => {
  sink = await startEventSink();
  process.env.INNGEST_DEV = sink.url;
  ({ createCaller } = await import("@/server/api/root"));
  const { db } = testDb.current();
  await seedReference(db);
  inspector1 = await staffSession(db, "inspector1.nasimi@vemtas.local");
  inspector2 = await staffSession(db, "inspector2.nasimi@vemtas.local");
  sabunchuInspector = await staffSession(db, "inspector1.sabunchu@vemtas.local");
});

afterAll(async () => {
  await sink?.stop();
});

describe("recording a home visit", () => {
  it("packs the visit for its inspector only, with the family's people, and audits the read", async () => {
    const { db } = testDb.current();
    const { inspection, application } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    const packet = await api(inspector1).inspection.packet();
    const visit = packet.visits.find((v) => v.inspectionId === inspection.id);
    expect(visit).toMatchObject({ status: "SCHEDULED", scheduledFor: "2026-03-04" });
    expect(visit?.members.map((m) => m.birthDate)).toEqual(["1988-05-14", "2016-09-01"]);
    expect(await audits(application.id, "inspection.read")).toBe(1);
    for (const other of [inspector2, sabunchuInspector])
      expect((await api(other).inspection.packet()).visits.map((v) => v.inspectionId)).not.toContain(inspection.id);
  });

  it("only the assigned inspector records a result or a missed visit; anyone else gets not found and nothing changes", async () => {
    const { db } = testDb.current();
    const { inspection, fins } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    for (const other of [inspector2, sabunchuInspector]) {
      await expect(
        api(other).inspection.record({ inspectionId: inspection.id, result: resultFor(fins) }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        api(other).inspection.recordMissed({ inspectionId: inspection.id, note: "Not mine." }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "SCHEDULED",
      result: null,
    });
    expect(eventIds()).not.toContain(`inspection-completed-${inspection.id}`);
  });

  it("records the result once, with an audit row and the event; a second submit changes nothing and says so", async () => {
    const { db } = testDb.current();
    const { inspection, application, fins } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    const first = await api(inspector1).inspection.record({ inspectionId: inspection.id, result: resultFor(fins) });
    expect(first).toMatchObject({ changed: true, status: "COMPLETED" });
    const stored = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
    expect(stored).toMatchObject({
      status: "COMPLETED",
      needsJudgement: true,
      judgementReason: "Four sheep not in the declaration.",
      completedAt: now,
    });
    expect(stored.result).toMatchObject({ landAreaSqm: 400, livestock: [{ kind: "SHEEP", count: 4 }] });
    expect(eventIds()).toContain(`inspection-completed-${inspection.id}`);

    const second = await api(inspector1).inspection.record({
      inspectionId: inspection.id,
      result: { ...resultFor(fins), landAreaSqm: 9_999, judgement: null },
    });
    expect(second).toMatchObject({ changed: false, status: "COMPLETED" });
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).result).toMatchObject({
      landAreaSqm: 400,
    });
    expect(await audits(application.id, "inspection.record")).toBe(1);
    // The packet now lists it as done, without the family's data.
    expect(
      (await api(inspector1).inspection.packet()).visits.find((v) => v.inspectionId === inspection.id),
    ).toMatchObject({ status: "COMPLETED", completedAt: now.toISOString(), members: [], contactPhone: null });
    // Announced again under the same id, which Inngest drops: a lost first announcement is not lost for good.
    expect(new Set(eventIds().filter((id) => id === `inspection-completed-${inspection.id}`)).size).toBe(1);
  });

  it("refuses a person the family did not declare, or a visit dated tomorrow, and changes nothing", async () => {
    const { db } = testDb.current();
    const { inspection, fins } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    await expect(
      api(inspector1).inspection.record({ inspectionId: inspection.id, result: resultFor([...fins, "9ZZZZZZ"]) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api(inspector1).inspection.record({
        inspectionId: inspection.id,
        result: { ...resultFor(fins), visitedOn: "2026-03-05" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      api(inspector1).inspection.record({
        inspectionId: inspection.id,
        result: { ...resultFor(fins), housing: { type: "APARTMENT", condition: "GOOD", rooms: -1 } },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe("SCHEDULED");
  });

  it("a missed visit is MISSED and announced with the same event, so the chain reschedules; a result after it changes nothing", async () => {
    const { db } = testDb.current();
    const { inspection, application, fins } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    expect(
      await api(inspector1).inspection.recordMissed({ inspectionId: inspection.id, note: "Nobody opened the door." }),
    ).toMatchObject({ changed: true, status: "MISSED" });
    expect(
      await api(inspector1).inspection.record({ inspectionId: inspection.id, result: resultFor(fins) }),
    ).toMatchObject({ changed: false, status: "MISSED" });
    // missedAt: the reports count the visit on the day it was recorded missed.
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "MISSED",
      result: null,
      missedAt: now,
    });
    expect(eventIds()).toContain(`inspection-completed-${inspection.id}`);
    expect(await audits(application.id, "inspection.missed")).toBe(1);
  });

  it("a visit the chain closes when its wait ran out is MISSED at that moment", async () => {
    const { db } = testDb.current();
    const { inspection, application } = await applicationWithInspection(db, {
      districtCode: "BAK-NASIMI",
      inspectorEmail: "inspector1.nasimi@vemtas.local",
      scheduledFor: "2026-03-04",
    });
    const closedAt = new Date("2026-03-05T20:30:00Z");
    expect(
      await settleInspection(db, { applicationId: application.id, attempt: 1, final: true, now: closedAt }),
    ).toEqual({ state: "MISSED", reason: "DEADLINE_MISSED" });
    expect(await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } })).toMatchObject({
      status: "MISSED",
      missedAt: closedAt,
    });
  });

  it("is for inspectors only", async () => {
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    await expect(api(caseworker).inspection.packet()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
