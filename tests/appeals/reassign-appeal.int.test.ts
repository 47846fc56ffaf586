import { describe, expect, it, beforeAll } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// A supervisor hands an open appeal to another supervisor of the district; the appeal's independence rule holds.

const testDb = migratedDbPerFile("handover");
const db = () => testDb.current().db;
const now = new Date("2026-12-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });

let handler: SessionUser;
let free: SessionUser;
let decider: SessionUser;
let sabunchu: SessionUser;
let caseworker: SessionUser;

async function openAppeal() {
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status: "AWAITING_REVIEW",
  });
  await db().application.update({ where: { id: application.id }, data: { status: "REFUSED" } });
  const decision = await db().decision.create({
    data: {
      applicationId: application.id,
      outcome: "REFUSE",
      memberCount: 3,
      criterionQepik: 24_000,
      incomeQepik: 90_000,
      reasons: [],
      rulesChecked: [],
      decidedBy: decider.id,
      final: true,
    },
  });
  return db().appeal.create({
    data: {
      applicationId: application.id,
      decisionId: decision.id,
      reason: "Gəlir səhv hesablanıb.",
      supervisorId: handler.id,
    },
  });
}

beforeAll(async () => {
  await seedReference(db());
  handler = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  sabunchu = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  for (const [email, name] of [
    ["free.nasimi@test.local", "Free Supervisor"],
    ["decider.nasimi@test.local", "Deciding Supervisor"],
  ] as const) {
    await db().user.create({ data: { role: "SUPERVISOR", name, email, districtCode: "BAK-NASIMI" } });
  }
  free = await staffSession(db(), "free.nasimi@test.local");
  decider = await staffSession(db(), "decider.nasimi@test.local");
});

describe("handing an appeal over", () => {
  it("offers only the district's supervisors with no hand in the decision, moves the appeal, audited", async () => {
    const appeal = await openAppeal();
    const view = await api(handler).review.appeal({ appealId: appeal.id });
    expect(view.handoverTo.map((s) => s.id)).toEqual([free.id]);

    await api(handler).review.reassignAppeal({ appealId: appeal.id, supervisorId: free.id });
    expect((await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).supervisorId).toBe(free.id);
    // The old handler no longer reads it; the new one does.
    await expect(api(handler).review.appeal({ appealId: appeal.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await api(free).review.appeal({ appealId: appeal.id })).viewer.canAnswer).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "appeal.reassigned", entityId: appeal.id } });
    expect(audit).toMatchObject({
      actorUserId: handler.id,
      districtCode: "BAK-NASIMI",
      details: { from: handler.id, to: free.id },
    });
  });

  it("refuses a supervisor who decided the case, another district's supervisor and a caseworker as the new handler", async () => {
    const appeal = await openAppeal();
    for (const to of [decider, sabunchu, caseworker]) {
      await expect(
        api(handler).review.reassignAppeal({ appealId: appeal.id, supervisorId: to.id }),
      ).rejects.toMatchObject({ message: "appealHandlerIneligible" });
    }
    expect((await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).supervisorId).toBe(handler.id);
  });

  it("reads as not found for another district's supervisor, is forbidden to caseworkers, and refuses an answered appeal", async () => {
    const appeal = await openAppeal();
    await expect(
      api(sabunchu).review.reassignAppeal({ appealId: appeal.id, supervisorId: free.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api(caseworker).review.reassignAppeal({ appealId: appeal.id, supervisorId: free.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().appeal.update({ where: { id: appeal.id }, data: { status: "ANSWERED", answeredAt: now } });
    await expect(
      api(handler).review.reassignAppeal({ appealId: appeal.id, supervisorId: free.id }),
    ).rejects.toMatchObject({ message: "appealNotOpen" });
    expect(await db().auditLog.count({ where: { action: "appeal.reassigned", entityId: appeal.id } })).toBe(0);
  });
});
