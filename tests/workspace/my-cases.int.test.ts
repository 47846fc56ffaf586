import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { applicationInReview, assignedWithBankOrder } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { codeOf } from "../support/trpc-outcome";

// "My cases" (`workspace.caseload({ mine: true })`) lists what is assigned to the signed-in caseworker or supervisor:
// a review the chain or a supervisor gave them, still to answer or confirm, and an appeal assigned to a supervisor,
// even one sent from another district; each with the page it is answered on. Before, it listed only the cases they
// had answered a review of or written a note on, so a review assigned to them and not yet opened was missing.

const testDb = migratedDbPerFile("my-cases");
const now = new Date("2026-03-10T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let caseworker: SessionUser;
let supervisor: SessionUser;
let sabunchuCaseworker: SessionUser;
let sabunchuSupervisor: SessionUser;
let inspector: SessionUser;
let admin: SessionUser;

const mine = async (user: SessionUser) => (await api(user).workspace.caseload({ mine: true })).rows;
const ids = async (user: SessionUser) => (await mine(user)).map((r) => r.applicationId);

async function reviewAssignedTo(assigneeId: string | null, districtCode = "BAK-NASIMI") {
  const { db } = testDb.current();
  const inReview = await applicationInReview(db, {
    districtCode,
    applicationDate: "2026-03-02",
    proposedOutcome: "ASSIGN",
  });
  await db.caseReview.update({ where: { id: inReview.review.id }, data: { assigneeId } });
  return inReview;
}

/** A refusal of another district appealed, the appeal assigned to `supervisorId` (no one there was free of it). */
async function appealAssignedTo(supervisorId: string, districtCode: string) {
  const { db } = testDb.current();
  const refused = await assignedWithBankOrder(db, {
    districtCode,
    applicationDate: "2026-02-11",
    status: "OPENED",
    requestedAt: new Date("2026-02-20T09:00:00Z"),
  });
  await db.application.update({ where: { id: refused.application.id }, data: { status: "REFUSED" } });
  await db.decision.update({ where: { id: refused.decision.id }, data: { outcome: "REFUSE", amountQepik: null } });
  const appeal = await db.appeal.create({
    data: {
      applicationId: refused.application.id,
      decisionId: refused.decision.id,
      reason: "The car was sold.",
      supervisorId,
      submittedAt: new Date("2026-03-03T08:00:00Z"),
    },
  });
  return { ...refused, appeal };
}

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
  sabunchuSupervisor = await staffSession(db, "supervisor.sabunchu@vemtas.local");
  inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
  admin = await staffSession(db, "admin@vemtas.local");
});

describe("my cases", () => {
  it("lists a review assigned to the caseworker, not yet answered, linked to the review; no one else's list has it", async () => {
    const { application, review } = await reviewAssignedTo(caseworker.id);
    const row = (await mine(caseworker)).find((r) => r.applicationId === application.id);
    expect(row).toMatchObject({
      registrationNumber: application.registrationNumber,
      flags: expect.arrayContaining(["AWAITING_REVIEW"]),
      assigned: [{ kind: "review", reviewId: review.id }],
      outsideDistrict: false,
    });
    // The district's supervisor, not assigned and with no note on it, and another district's caseworker: not theirs.
    expect(await ids(supervisor)).not.toContain(application.id);
    expect(await ids(sabunchuCaseworker)).not.toContain(application.id);
    // The read is audited as the other list reads are, with the count only.
    const audit = await testDb.current().db.auditLog.findFirst({
      where: { action: "caseload.mine", actorUserId: caseworker.id },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ entity: "Application", districtCode: "BAK-NASIMI" });
    expect(audit?.details).toEqual({ count: expect.any(Number) });
  });

  it("follows the assignment: handed to the supervisor it is theirs, and an answered or unassigned review is no one's", async () => {
    const { db } = testDb.current();
    const { application, review } = await reviewAssignedTo(caseworker.id);
    await api(supervisor).review.reassign({ reviewId: review.id, assigneeId: supervisor.id });
    expect(await ids(caseworker)).not.toContain(application.id);
    expect((await mine(supervisor)).find((r) => r.applicationId === application.id)?.assigned).toEqual([
      { kind: "review", reviewId: review.id },
    ]);

    // Done: nothing left to do on it (the status closes the application too).
    await db.caseReview.update({ where: { id: review.id }, data: { status: "DONE" } });
    expect(await ids(supervisor)).not.toContain(application.id);

    // In the district's queue, assigned to no one.
    const queued = await reviewAssignedTo(null);
    expect(await ids(caseworker)).not.toContain(queued.application.id);
    expect(await ids(supervisor)).not.toContain(queued.application.id);
  });

  it("gives an appeal to the supervisor it is assigned to, also from another district, linked to the appeal", async () => {
    const fromSabunchu = await appealAssignedTo(supervisor.id, "BAK-SABUNCHU");
    const row = (await mine(supervisor)).find((r) => r.applicationId === fromSabunchu.application.id);
    expect(row).toMatchObject({
      flags: ["APPEAL_TO_ANSWER"],
      assigned: [{ kind: "appeal", appealId: fromSabunchu.appeal.id }],
      // Its case file is another district's: the row links to the appeal.
      outsideDistrict: true,
      // The decision's deadline (met long ago) is not shown as the case's own: the day the appeal was filed is.
      decisionDueOn: null,
      waitingOn: [{ kind: "appeal", since: "2026-03-03" }],
    });
    // The district lists keep to the district: Sabunchu's staff see the case, not as theirs.
    expect((await api(supervisor).workspace.caseload({})).rows.map((r) => r.applicationId)).not.toContain(
      fromSabunchu.application.id,
    );
    expect(await ids(sabunchuSupervisor)).not.toContain(fromSabunchu.application.id);
    expect(await ids(sabunchuCaseworker)).not.toContain(fromSabunchu.application.id);
    expect((await api(sabunchuCaseworker).workspace.caseload({})).rows.map((r) => r.applicationId)).toContain(
      fromSabunchu.application.id,
    );

    // Answered: no longer to do.
    await testDb.current().db.appeal.update({
      where: { id: fromSabunchu.appeal.id },
      data: { status: "ANSWERED", answeredAt: now },
    });
    expect(await ids(supervisor)).not.toContain(fromSabunchu.application.id);
  });

  it("puts an assigned appeal by the day it was filed, not by its decision's old deadline, below an earlier deadline", async () => {
    // The review's case is due on 2 March; the appeal, filed on 3 March, is against a decision due on 11 February.
    const appealed = await appealAssignedTo(supervisor.id, "BAK-NASIMI");
    const { application } = await reviewAssignedTo(supervisor.id);
    const order = (await ids(supervisor)).filter((id) => id === application.id || id === appealed.application.id);
    expect(order).toEqual([application.id, appealed.application.id]);
  });

  it("keeps the other lists as they were: no assigned links outside my cases", async () => {
    const { application } = await reviewAssignedTo(caseworker.id);
    const row = (await api(caseworker).workspace.caseload({})).rows.find((r) => r.applicationId === application.id);
    expect(row).toMatchObject({ assigned: [], outsideDistrict: false });
  });

  it("is for caseworkers and supervisors only", async () => {
    await reviewAssignedTo(caseworker.id);
    expect(await codeOf(api(inspector).workspace.caseload({ mine: true }))).toBe("FORBIDDEN");
    expect(await codeOf(api(admin).workspace.caseload({ mine: true }))).toBe("FORBIDDEN");
  });
});
