import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("scope");
const now = new Date("2026-03-02T08:00:00Z");
const api = (user: SessionUser | null) =>
  createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let citizenA: SessionUser;
let citizenB: SessionUser;
let nasimiApp: string;
let sabunchuApp: string;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  citizenA = await citizenSession(db, "1AAAAAA");
  citizenB = await citizenSession(db, "2BBBBBB");
  nasimiApp = (await api(citizenA).application.start({ districtCode: "BAK-NASIMI", locale: "az" })).id;
  sabunchuApp = (await api(citizenB).application.start({ districtCode: "BAK-SABUNCHU", locale: "ru" })).id;
});

describe("a citizen sees only their own family's applications", () => {
  it("reads their own", async () => {
    const app = await api(citizenA).application.byId({ applicationId: nasimiApp });
    expect(app.id).toBe(nasimiApp);
  });

  it("cannot read another family's application: it reads as not found", async () => {
    await expect(api(citizenA).application.byId({ applicationId: sabunchuApp })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists only their own", async () => {
    const { rows } = await api(citizenB).application.list();
    expect(rows.map((r) => r.id)).toEqual([sabunchuApp]);
  });

  it("cannot use staff procedures", async () => {
    await expect(api(citizenA).application.addNote({ applicationId: nasimiApp, text: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("must be signed in", async () => {
    await expect(api(null).application.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("staff work only in their district", () => {
  it("a caseworker lists only their district's applications", async () => {
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    const { rows } = await api(caseworker).application.list();
    expect(rows.map((r) => r.id)).toEqual([nasimiApp]);
  });

  it("a caseworker account left without a district sees no application at all, rather than an error or everything", async () => {
    const caseworker = await staffSession(testDb.current().db, "caseworker.nasimi@vemtas.local");
    const unplaced = { ...caseworker, districtCode: null };
    expect((await api(unplaced).application.list()).rows).toEqual([]);
    await expect(api(unplaced).application.byId({ applicationId: nasimiApp })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("a caseworker cannot read or act on an application of another district, and nothing is written", async () => {
    const { db } = testDb.current();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    await expect(api(caseworker).application.byId({ applicationId: sabunchuApp })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      api(caseworker).application.addNote({ applicationId: sabunchuApp, text: "outside" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.caseNote.count({ where: { applicationId: sabunchuApp } })).toBe(0);
  });

  it("a caseworker acts in their own district, and the act is audited", async () => {
    const { db } = testDb.current();
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    await api(caseworker).application.addNote({ applicationId: nasimiApp, text: "Called the family." });
    expect(await db.caseNote.count({ where: { applicationId: nasimiApp } })).toBe(1);
    expect(
      await db.auditLog.count({
        where: { actorUserId: caseworker.id, action: "caseNote.create", applicationId: nasimiApp },
      }),
    ).toBe(1);
  });

  it("every staff read of an application is audited with who, what and where", async () => {
    const { db } = testDb.current();
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    await api(supervisor).application.byId({ applicationId: nasimiApp });
    const row = await db.auditLog.findFirstOrThrow({
      where: { actorUserId: supervisor.id, action: "application.read" },
    });
    expect(row).toMatchObject({ actorRole: "SUPERVISOR", entityId: nasimiApp, districtCode: "BAK-NASIMI" });
  });

  it("an inspector sees no application that is not assigned to them", async () => {
    const inspector = await staffSession(testDb.current().db, "inspector1.nasimi@vemtas.local");
    expect((await api(inspector).application.list()).rows).toEqual([]);
    await expect(api(inspector).application.byId({ applicationId: nasimiApp })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("an inspector cannot write case notes", async () => {
    const inspector = await staffSession(testDb.current().db, "inspector1.nasimi@vemtas.local");
    await expect(api(inspector).application.addNote({ applicationId: nasimiApp, text: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("the ministry's administrator sees every district", async () => {
    const admin = await staffSession(testDb.current().db, "admin@vemtas.local");
    const ids = (await api(admin).application.list()).rows.map((r) => r.id).sort();
    expect(ids).toEqual([nasimiApp, sabunchuApp].sort());
  });
});
