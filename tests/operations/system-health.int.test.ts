import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { checkReadiness } from "@/server/services/operations/check-readiness";
import { assignedWithBankOrder, submittedApplication } from "../support/case-fixtures";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("system_health");
const now = new Date("2026-03-10T09:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 60 * 60 * 1000);
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let admin: SessionUser;
let others: SessionUser[];

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  admin = await staffSession(db, "admin@vemtas.local");
  others = [
    await staffSession(db, "supervisor.nasimi@vemtas.local"),
    await staffSession(db, "caseworker.nasimi@vemtas.local"),
    await staffSession(db, "inspector1.nasimi@vemtas.local"),
    await citizenSession(db, "1HEALTH"),
  ];
});

async function message(
  db: Db,
  status: "SENT" | "FAILED" | "DELIVERED",
  sentAt: Date | null,
  deliveredAt: Date | null = null,
) {
  await db.notification.create({
    data: {
      kind: "REGISTRATION_NOTICE",
      channel: "SMS",
      locale: "az",
      recipient: "+994501234567",
      body: "x",
      status,
      sentAt,
      deliveredAt,
      dedupeKey: `t-${Math.random()}`,
    },
  });
}

describe("the system health page's data", () => {
  it("is for the ministry's administrators only", async () => {
    for (const user of others) {
      await expect(api(user).operations.health(), user.role).rejects.toMatchObject({
        code: "FORBIDDEN",
      } satisfies Partial<TRPCError>);
    }
    await expect(api(admin).operations.health()).resolves.toMatchObject({ at: now });
  });

  it("counts failed and undelivered messages, rejected and unanswered bank orders, and stuck applications", async () => {
    const { db } = testDb.current();
    const before = await api(admin).operations.health();

    await message(db, "FAILED", hoursAgo(3));
    await message(db, "SENT", hoursAgo(2)); // undelivered for 2 hours: counted
    await message(db, "SENT", hoursAgo(0.25)); // sent a quarter hour ago: not yet
    await message(db, "DELIVERED", hoursAgo(5), hoursAgo(4.9));
    await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-02",
      status: "FAILED",
      requestedAt: hoursAgo(50),
      lastError: "REFUSED",
    });
    await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-02",
      status: "SENT",
      requestedAt: hoursAgo(30),
    });
    await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-02",
      status: "SENT",
      requestedAt: hoursAgo(2),
    });
    await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-02",
      status: "OPENED",
      requestedAt: hoursAgo(50),
    });
    const stuck = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "AWAITING_REVIEW",
    });
    await db.application.update({ where: { id: stuck.application.id }, data: { status: "SUBMITTED" } });
    await db.applicationStatusChange.create({
      data: { applicationId: stuck.application.id, toStatus: "SUBMITTED", actorKind: "CITIZEN", at: hoursAgo(24 * 6) },
    });
    const moving = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-09",
      status: "AWAITING_REVIEW",
    });
    await db.application.update({ where: { id: moving.application.id }, data: { status: "SUBMITTED" } });
    await db.applicationStatusChange.create({
      data: { applicationId: moving.application.id, toStatus: "SUBMITTED", actorKind: "CITIZEN", at: hoursAgo(3) },
    });

    const after = await api(admin).operations.health();
    expect(after.messages).toEqual({
      failed: before.messages.failed + 1,
      undelivered: before.messages.undelivered + 1,
    });
    expect(after.bank).toEqual({ rejected: before.bank.rejected + 1, unanswered: before.bank.unanswered + 1 });
    const submitted = after.stalled.find((s) => s.status === "SUBMITTED");
    expect(submitted?.count).toBe((before.stalled.find((s) => s.status === "SUBMITTED")?.count ?? 0) + 1);
    expect(submitted?.oldestRegistrationNumbers).toContain(stuck.application.registrationNumber);
    expect(submitted?.oldestRegistrationNumbers).not.toContain(moving.application.registrationNumber);
    // No agency has been called in this process, so no circuit can be open.
    expect(after.openCircuits).toEqual([]);
  });

  it("names the holiday calendar's last covered day: 31 December of the last year with entries", async () => {
    const { db } = testDb.current();
    await db.publicHoliday.deleteMany({});
    expect((await api(admin).operations.health()).calendarLastDay).toBeNull();
    const holiday = {
      kind: "HOLIDAY",
      nameAz: "x",
      nameRu: "x",
      nameEn: "x",
      legalReference: "Əmək Məcəlləsi, 105",
    } as const;
    await db.publicHoliday.createMany({
      data: [
        { ...holiday, date: new Date("2028-05-29") },
        { ...holiday, date: new Date("2027-03-20") },
      ],
    });
    // The year of the last entry is covered to its end, not to that entry's day.
    expect((await api(admin).operations.health()).calendarLastDay).toEqual(new Date("2028-12-31"));
  });
});

describe("readiness", () => {
  let engine: Server;
  let engineUrl: string;
  beforeAll(async () => {
    engine = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'));
    await new Promise<void>((resolve) => engine.listen(0, "127.0.0.1", resolve));
    engineUrl = `http://127.0.0.1:${(engine.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => engine.close(() => resolve())));

  it("is ready when the database and the engine answer", async () => {
    expect(await checkReadiness(testDb.current().db, engineUrl)).toEqual({ ok: true, down: [] });
  });

  it("names the engine when it does not answer", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await checkReadiness(testDb.current().db, deadUrl)).toEqual({ ok: false, down: ["engine"] });
  });

  it("names the database when it does not answer", async () => {
    const broken = { $queryRaw: () => Promise.reject(new Error("connection refused")) } as unknown as Db;
    expect(await checkReadiness(broken, engineUrl)).toEqual({ ok: false, down: ["database"] });
  });
});
