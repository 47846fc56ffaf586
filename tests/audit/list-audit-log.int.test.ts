import { readFileSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { AUDIT_PAGE_SIZE } from "@/server/services/audit/list-audit-log";
import { submittedApplication } from "../support/case-fixtures";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("audit_log");
const now = new Date("2026-03-04T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let admin: SessionUser;
let nasimiSupervisor: SessionUser;
let caseworker: SessionUser;
let inspector: SessionUser;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  admin = await staffSession(db, "admin@vemtas.local");
  nasimiSupervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
});

/** Rows as the services write them, with the time given (the log's own time is `now()` of the database). */
async function rows(
  action: string,
  entries: { at: string; districtCode?: string; applicationId?: string; actor?: SessionUser }[],
) {
  await testDb.current().db.auditLog.createMany({
    data: entries.map((e) => ({
      at: new Date(e.at),
      action,
      entity: "Application",
      actorUserId: e.actor?.id ?? null,
      actorRole: e.actor?.role ?? "SYSTEM",
      districtCode: e.districtCode ?? null,
      applicationId: e.applicationId ?? null,
    })),
  });
}

describe("the audit log", () => {
  it("shows the ministry everything and a supervisor their district only, newest first", async () => {
    await rows("test.scope.read", [
      { at: "2026-03-01T10:00:00Z", districtCode: "BAK-NASIMI", actor: caseworker },
      { at: "2026-03-02T10:00:00Z", districtCode: "BAK-SABUNCHU" },
      { at: "2026-03-03T10:00:00Z", districtCode: "BAK-NASIMI", actor: inspector },
    ]);
    const all = await api(admin).audit.list({ action: "test.scope." });
    expect(all.entries.map((e) => [e.at.toISOString(), e.districtCode])).toEqual([
      ["2026-03-03T10:00:00.000Z", "BAK-NASIMI"],
      ["2026-03-02T10:00:00.000Z", "BAK-SABUNCHU"],
      ["2026-03-01T10:00:00.000Z", "BAK-NASIMI"],
    ]);
    expect(all.entries[0]?.actor).toEqual({
      name: inspector.name,
      email: "inspector1.nasimi@vemtas.local",
      role: "INSPECTOR",
    });
    expect(all.entries[1]?.actor).toBeNull();

    const district = await api(nasimiSupervisor).audit.list({ action: "test.scope." });
    expect(district.entries.map((e) => e.districtCode)).toEqual(["BAK-NASIMI", "BAK-NASIMI"]);
  });

  it("names the staff a row's details hold by id, and no one else", async () => {
    const { db } = testDb.current();
    const citizen = await citizenSession(db, "7AUDPPL");
    await db.auditLog.createMany({
      data: [
        {
          at: new Date("2026-03-02T11:00:00Z"),
          action: "test.people.confirm",
          entity: "CaseReview",
          actorRole: "SUPERVISOR",
          details: { answeredBy: caseworker.id, outcome: "ASSIGN" },
        },
        {
          at: new Date("2026-03-02T12:00:00Z"),
          action: "test.people.handover",
          entity: "CaseReview",
          actorRole: "SUPERVISOR",
          details: { from: citizen.id, to: nasimiSupervisor.id },
        },
        // A law parameter's confirmation names who proposed it; a visit sent on names both inspectors.
        {
          at: new Date("2026-03-02T13:00:00Z"),
          action: "test.people.parameter",
          entity: "Parameter",
          actorRole: "ADMIN",
          details: { code: "NEED_CRITERION", proposedById: admin.id },
        },
        {
          at: new Date("2026-03-02T14:00:00Z"),
          action: "test.people.visit",
          entity: "Inspection",
          actorRole: "SUPERVISOR",
          details: { fromInspectorId: inspector.id, toInspectorId: caseworker.id },
        },
      ],
    });
    const page = await api(admin).audit.list({ action: "test.people." });
    expect(page.entries.map((e) => e.people)).toEqual([
      { [inspector.id]: inspector.name, [caseworker.id]: caseworker.name },
      { [admin.id]: admin.name },
      { [nasimiSupervisor.id]: nasimiSupervisor.name },
      { [caseworker.id]: caseworker.name },
    ]);
  });

  it("is closed to caseworkers, inspectors and citizens", async () => {
    const citizen = await citizenSession(testDb.current().db, "7AUDIT1");
    for (const user of [caseworker, inspector, citizen]) {
      await expect(api(user).audit.list({})).rejects.toSatisfy((e) => e instanceof TRPCError && e.code === "FORBIDDEN");
    }
  });

  it("finds who read one family's application by its registration number, and nothing for an unknown number", async () => {
    const { db } = testDb.current();
    const { application } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    const other = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    await rows("test.family.read", [
      { at: "2026-03-02T11:00:00Z", districtCode: "BAK-NASIMI", applicationId: application.id, actor: caseworker },
      {
        at: "2026-03-02T12:00:00Z",
        districtCode: "BAK-NASIMI",
        applicationId: other.application.id,
        actor: caseworker,
      },
    ]);
    const found = await api(nasimiSupervisor).audit.list({ registrationNumber: application.registrationNumber ?? "" });
    expect(found.entries.map((e) => [e.action, e.registrationNumber])).toEqual([
      ["test.family.read", application.registrationNumber],
    ]);
    // Typed in lower case, as the staff search takes it.
    const typed = await api(nasimiSupervisor).audit.list({
      registrationNumber: ` ${(application.registrationNumber ?? "").toLowerCase()} `,
    });
    expect(typed.entries.map((e) => [e.action, e.registrationNumber])).toEqual([
      ["test.family.read", application.registrationNumber],
    ]);
    // Its last digits, as a family reads the number out and the staff search takes it.
    const digits = (application.registrationNumber ?? "").slice(-6);
    const byDigits = await api(nasimiSupervisor).audit.list({ registrationNumber: digits, action: "test.family." });
    expect(byDigits.entries.map((e) => e.registrationNumber)).toEqual([application.registrationNumber]);
    expect((await api(admin).audit.list({ registrationNumber: "VEM-1999-000000" })).entries).toEqual([]);
  });

  it("looks a number up through the log's indexes, never by reading every row", async () => {
    const { db } = testDb.current();
    // The condition the search by number gives Prisma, as Prisma writes it; sequential scans are priced out, so the
    // plan reads by a table scan only when no index can answer (as when the ids were inside the JSON details).
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(
        `EXPLAIN (FORMAT JSON) SELECT id FROM "AuditLog" WHERE "applicationId" IN ($1) OR "shownApplicationIds" && $2`,
        "app-1",
        ["app-1"],
      );
    });
    const text = JSON.stringify(plan);
    expect(text).toContain("AuditLog_shownApplicationIds_idx");
    expect(text).toContain("AuditLog_applicationId_at_idx");
    expect(text).not.toContain("Seq Scan");
  });

  it("moves the ids a list showed out of the details of rows written before the column", async () => {
    const { db } = testDb.current();
    const row = await db.auditLog.create({
      data: {
        action: "application.search",
        entity: "Application",
        actorRole: "SUPERVISOR",
        details: { count: 2, by: "fin", applicationIds: ["app-a", "app-b"] },
      },
    });
    const other = await db.auditLog.create({
      data: { action: "audit.read", entity: "AuditLog", actorRole: "ADMIN", details: { count: 0 } },
    });
    // The migration's own statement, run again on a row as the services wrote it until 8 December 2026.
    const sql = readFileSync("prisma/migrations/20270111_audit_shown_applications/migration.sql", "utf8");
    const update = /UPDATE "AuditLog"[^;]+;/.exec(sql)?.[0];
    expect(update).toBeDefined();
    await db.$executeRawUnsafe(update ?? "");
    const [moved, untouched] = await Promise.all([
      db.auditLog.findUniqueOrThrow({ where: { id: row.id } }),
      db.auditLog.findUniqueOrThrow({ where: { id: other.id } }),
    ]);
    expect(moved.shownApplicationIds).toEqual(["app-a", "app-b"]);
    expect(moved.details).toEqual({ count: 2, by: "fin" });
    expect(untouched.shownApplicationIds).toEqual([]);
    expect(untouched.details).toEqual({ count: 0 });
  });

  it("finds a search that showed the application by its number, and names what the search showed", async () => {
    const { db } = testDb.current();
    const { application, fins } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    const number = application.registrationNumber ?? "";
    // The supervisor looks the family up by FIN: the row is the search's, not the application's own.
    const found = await api(nasimiSupervisor).application.list({ query: fins[0] });
    expect(found.rows.map((r) => r.id)).toEqual([application.id]);
    const log = await api(admin).audit.list({ registrationNumber: number, action: "application.search" });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      actor: { email: "supervisor.nasimi@vemtas.local" },
      registrationNumber: null,
      shown: [number],
      details: { count: 1 },
    });
    // The ids are read as numbers, not shown as a detail line of ids.
    expect(log.entries[0]?.details).not.toHaveProperty("applicationIds");
    // Its last digits find it too; another family's number does not.
    const byDigits = await api(admin).audit.list({
      registrationNumber: number.slice(-6),
      action: "application.search",
    });
    expect(byDigits.entries.map((e) => e.shown)).toContainEqual([number]);
    expect((await api(admin).audit.list({ registrationNumber: "VEM-1999-000000" })).entries).toEqual([]);
  });

  it("names the staff account a row is about, never a citizen's", async () => {
    const { db } = testDb.current();
    const citizen = await db.user.create({ data: { fin: "7AUDUSR", role: "CITIZEN", name: "Aygün" } });
    await db.auditLog.createMany({
      data: [caseworker.id, citizen.id].map((entityId, i) => ({
        at: new Date(`2026-03-04T1${i}:00:00Z`),
        action: "test.account.changed",
        entity: "User",
        entityId,
        actorRole: "SYSTEM",
      })),
    });
    const found = await api(admin).audit.list({ action: "test.account." });
    const staffName = (await db.user.findUniqueOrThrow({ where: { id: caseworker.id } })).name;
    expect(found.entries.map((e) => [e.entityId, e.entityName])).toEqual([
      [citizen.id, null],
      [caseworker.id, staffName],
    ]);
  });

  it("finds what one staff member did by their e-mail", async () => {
    await rows("test.actor.read", [
      { at: "2026-03-02T13:00:00Z", districtCode: "BAK-NASIMI", actor: caseworker },
      { at: "2026-03-02T14:00:00Z", districtCode: "BAK-NASIMI", actor: inspector },
    ]);
    const byCaseworker = await api(admin).audit.list({
      action: "test.actor.",
      actorEmail: "CASEWORKER.nasimi@vemtas.local",
    });
    expect(byCaseworker.entries.map((e) => e.actor?.email)).toEqual(["caseworker.nasimi@vemtas.local"]);
    expect((await api(admin).audit.list({ action: "test.actor.", actorEmail: "nobody@vemtas.local" })).entries).toEqual(
      [],
    );
  });

  it("takes days in Baku time: an entry at 00:30 in Baku belongs to that day, though it is still the day before in UTC", async () => {
    await rows("test.day.read", [
      { at: "2026-03-03T19:59:00Z" }, // 23:59 on 3 March in Baku
      { at: "2026-03-03T20:30:00Z" }, // 00:30 on 4 March in Baku
      { at: "2026-03-04T19:59:59Z" }, // 23:59:59 on 4 March in Baku
      { at: "2026-03-04T20:00:00Z" }, // midnight, 5 March in Baku
    ]);
    const fourth = await api(admin).audit.list({ action: "test.day.", from: "2026-03-04", to: "2026-03-04" });
    expect(fourth.entries.map((e) => e.at.toISOString())).toEqual([
      "2026-03-04T19:59:59.000Z",
      "2026-03-03T20:30:00.000Z",
    ]);
  });

  it("pages through older entries without losing or repeating one, even when several share the same instant", async () => {
    const same = "2026-02-20T08:00:00Z";
    await rows("test.page.read", [
      ...Array.from({ length: AUDIT_PAGE_SIZE - 5 }, (_, i) => ({
        at: new Date(Date.parse("2026-02-21T08:00:00Z") + i * 1000).toISOString(),
      })),
      ...Array.from({ length: 12 }, () => ({ at: same })),
    ]);
    const first = await api(admin).audit.list({ action: "test.page." });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await api(admin).audit.list({ action: "test.page.", before: first.next ?? "" });
    expect(second.entries).toHaveLength(7);
    expect(second.next).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE - 5 + 12);
  });

  it("records every read of the log, without the e-mail that was searched for", async () => {
    const { db } = testDb.current();
    await api(nasimiSupervisor).audit.list({ actorEmail: "caseworker.nasimi@vemtas.local", from: "2026-03-01" });
    const read = await db.auditLog.findFirstOrThrow({
      where: { action: "audit.read", actorUserId: nasimiSupervisor.id },
      orderBy: { at: "desc" },
    });
    expect(read).toMatchObject({ actorRole: "SUPERVISOR", districtCode: "BAK-NASIMI", entity: "AuditLog" });
    expect(read.details).toMatchObject({ byActor: true, from: "2026-03-01", registrationNumber: null });
    expect(JSON.stringify(read.details)).not.toContain("caseworker.nasimi");
  });

  it("refuses a day range that ends before it starts, or a malformed page cursor, and reads nothing", async () => {
    const { db } = testDb.current();
    const before = await db.auditLog.count({ where: { action: "audit.read" } });
    await expect(api(admin).audit.list({ from: "2026-03-05", to: "2026-03-04" })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "BAD_REQUEST",
    );
    await expect(api(admin).audit.list({ before: "not-a-cursor" })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "BAD_REQUEST",
    );
    expect(await db.auditLog.count({ where: { action: "audit.read" } })).toBe(before);
  });
});
