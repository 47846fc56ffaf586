import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { VisitPacket } from "@/lib/inspection/visit-packet";
import { applicationWithInspection } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("packet");
// 13:00 in Baku on 4 March: closed visits from 25 February on are this week's.
const now = new Date("2026-03-04T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

const NASIMI_1 = "inspector1.nasimi@vemtas.local";
const SABUNCHU_1 = "inspector1.sabunchu@vemtas.local";

let inspector1: SessionUser;
let sabunchuInspector: SessionUser;
const ids = {
  openToday: "",
  openOverdue: "",
  closedThisWeek: "",
  closedLastMonth: "",
  otherInspectors: "",
  otherDistricts: "",
  sabunchuClosed: "",
};
let packet: VisitPacket;

const visitIn = (p: VisitPacket, id: string) => p.visits.find((v) => v.inspectionId === id);
const readAudits = (actor: SessionUser) =>
  testDb.current().db.auditLog.findMany({ where: { actorUserId: actor.id, action: "inspection.read" } });

async function visit(opts: {
  districtCode?: string;
  inspectorEmail?: string;
  scheduledFor: string;
  closedAs?: "COMPLETED" | "MISSED";
}) {
  const { db } = testDb.current();
  const { inspection } = await applicationWithInspection(db, {
    districtCode: opts.districtCode ?? "BAK-NASIMI",
    inspectorEmail: opts.inspectorEmail ?? NASIMI_1,
    scheduledFor: opts.scheduledFor,
  });
  if (opts.closedAs)
    await db.inspection.update({
      where: { id: inspection.id },
      data: {
        status: opts.closedAs,
        completedAt: opts.closedAs === "COMPLETED" ? new Date(`${opts.scheduledFor}T08:30:00Z`) : null,
      },
    });
  return inspection.id;
}

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  inspector1 = await staffSession(db, NASIMI_1);
  sabunchuInspector = await staffSession(db, SABUNCHU_1);
  ids.openToday = await visit({ scheduledFor: "2026-03-04" });
  ids.openOverdue = await visit({ scheduledFor: "2026-02-10" });
  ids.closedThisWeek = await visit({ scheduledFor: "2026-03-02", closedAs: "COMPLETED" });
  ids.closedLastMonth = await visit({ scheduledFor: "2026-02-20", closedAs: "MISSED" });
  ids.otherInspectors = await visit({ scheduledFor: "2026-03-04", inspectorEmail: "inspector2.nasimi@vemtas.local" });
  // Assigned to inspector1 but the family's application is in another district: outside their scope.
  ids.otherDistricts = await visit({ scheduledFor: "2026-03-04", districtCode: "BAK-SABUNCHU" });
  ids.sabunchuClosed = await visit({
    scheduledFor: "2026-03-03",
    inspectorEmail: SABUNCHU_1,
    districtCode: "BAK-SABUNCHU",
    closedAs: "MISSED",
  });
  packet = await api(inspector1).inspection.packet();
});

describe("the inspector's visit packet", () => {
  it("is stamped with the server's time and lists the caller's open visits of any date and closed ones of this week, by date", () => {
    expect(packet.generatedAt).toBe(now.toISOString());
    expect(packet.visits.map((v) => v.inspectionId)).toEqual([ids.openOverdue, ids.closedThisWeek, ids.openToday]);
  });

  it("carries an open visit's family: its people in order, with birth dates, and the phone", () => {
    expect(visitIn(packet, ids.openToday)).toEqual({
      inspectionId: ids.openToday,
      status: "SCHEDULED",
      attempt: 1,
      scheduledFor: "2026-03-04",
      completedAt: null,
      note: null,
      registrationNumber: expect.stringMatching(/^VEM-2026-\d{6}$/),
      address: "Bakı, Füzuli küç. 12, mənzil 4",
      applicantName: "Aynur Məmmədova",
      district: { nameAz: expect.any(String), nameRu: expect.any(String), nameEn: expect.any(String) },
      contactPhone: "+994501234567",
      recorded: null,
      members: [
        {
          fin: expect.any(String),
          firstName: "Aynur",
          lastName: "Məmmədova",
          patronymic: "Rauf qızı",
          birthDate: "1988-05-14",
          relation: "APPLICANT",
        },
        {
          fin: expect.any(String),
          firstName: "Murad",
          lastName: "Məmmədov",
          patronymic: null,
          birthDate: "2016-09-01",
          relation: "CHILD",
        },
      ],
    });
  });

  it("lists a closed visit of this week without any of the family's personal data", () => {
    expect(visitIn(packet, ids.closedThisWeek)).toMatchObject({
      status: "COMPLETED",
      scheduledFor: "2026-03-02",
      completedAt: "2026-03-02T08:30:00.000Z",
      applicantName: "Aynur Məmmədova",
      contactPhone: null,
      members: [],
    });
  });

  it("leaves out a closed visit older than a week, another inspector's visit and a visit in another district", () => {
    const listed = packet.visits.map((v) => v.inspectionId);
    for (const id of [ids.closedLastMonth, ids.otherInspectors, ids.otherDistricts, ids.sabunchuClosed])
      expect(listed).not.toContain(id);
  });

  it("audits one read per open visit sent, marked as the packet's", async () => {
    const rows = await readAudits(inspector1);
    expect(rows.map((r) => r.entityId).sort()).toEqual([ids.openToday, ids.openOverdue].sort());
    for (const row of rows)
      expect(row).toMatchObject({
        entity: "Inspection",
        actorRole: "INSPECTOR",
        districtCode: "BAK-NASIMI",
        details: { via: "packet" },
      });
    const inspections = await testDb
      .current()
      .db.inspection.findMany({ where: { id: { in: [ids.openToday, ids.openOverdue] } } });
    expect(rows.map((r) => r.applicationId).sort()).toEqual(inspections.map((i) => i.applicationId).sort());
  });

  it("audits nothing when no open visit is sent", async () => {
    const own = await api(sabunchuInspector).inspection.packet();
    expect(own.visits.map((v) => v.inspectionId)).toEqual([ids.sabunchuClosed]);
    expect(await readAudits(sabunchuInspector)).toEqual([]);
  });

  it("is for inspectors only", async () => {
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    await expect(api(caseworker).inspection.packet()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reads a completed visit's answers back for the done view, with only how many were present", async () => {
    const { db } = testDb.current();
    const members = await db.familyMember.findMany({
      where: { application: { inspections: { some: { id: ids.closedThisWeek } } } },
      select: { fin: true },
    });
    const result = {
      version: 1,
      visitedOn: "2026-03-02",
      housing: { type: "APARTMENT", condition: "POOR", rooms: 2 },
      meters: [{ kind: "ELECTRICITY", number: "EL-123" }],
      landAreaSqm: 0,
      livestock: [],
      vehicles: [],
      largePurchases: [],
      membersPresent: members.map((m) => m.fin),
      notes: "Damp walls in both rooms.",
      judgement: null,
    };
    await db.inspection.update({ where: { id: ids.closedThisWeek }, data: { result } });
    const again = await api(inspector1).inspection.packet();
    expect(visitIn(again, ids.closedThisWeek)?.recorded).toEqual({
      result: { ...result, membersPresent: [] },
      membersPresentCount: 2,
    });
    expect(visitIn(again, ids.openToday)?.recorded).toBeNull();
  });
});
