import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { openCaseReview } from "@/server/services/reviews/open-case-review";
import en from "@/messages/en.json";
import { applicationInReview, submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { startMessagingFake, type MessagingFake } from "../../tools/fakes/messaging-fake";
import { setMessagingFakeEnv } from "../support/notice-env";

// A review gets an assignee when it opens; a supervisor of the district hands it to another eligible person.

const testDb = migratedDbPerFile("review_handover");
const db = () => testDb.current().db;
const now = new Date("2026-03-10T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });

let caseworker: SessionUser;
let secondCaseworker: SessionUser;
let awayCaseworker: SessionUser;
let supervisor: SessionUser;
let secondSupervisor: SessionUser;
let inspector: SessionUser;
let sabunchuSupervisor: SessionUser;
let sabunchuCaseworker: SessionUser;

async function addStaff(email: string, role: "CASEWORKER" | "SUPERVISOR", name: string) {
  await db().user.create({ data: { role, name, email, districtCode: "BAK-NASIMI" } });
  return staffSession(db(), email);
}

const inReview = () =>
  applicationInReview(db(), { districtCode: "BAK-NASIMI", applicationDate: "2026-03-02", proposedOutcome: "ASSIGN" });
const assigneeOf = async (id: string) =>
  (await db().caseReview.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } })).assigneeId;

let fake: MessagingFake;

beforeAll(async () => {
  // The new assignee is e-mailed through the messaging fake.
  fake = await startMessagingFake({ port: 0, autoDeliverMs: null });
  setMessagingFakeEnv(fake.url);
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
  sabunchuSupervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
  sabunchuCaseworker = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
  secondCaseworker = await addStaff("caseworker2.nasimi@test.local", "CASEWORKER", "Second Caseworker");
  awayCaseworker = await addStaff("caseworker3.nasimi@test.local", "CASEWORKER", "Away Caseworker");
  secondSupervisor = await addStaff("supervisor2.nasimi@test.local", "SUPERVISOR", "Second Supervisor");
  await db().staffAbsence.create({
    data: {
      userId: awayCaseworker.id,
      kind: "LEAVE",
      fromDate: new Date("2026-03-09T00:00:00Z"),
      toDate: new Date("2026-03-13T00:00:00Z"),
      createdById: supervisor.id,
    },
  });
});

afterAll(async () => {
  await fake?.stop();
});

/** The e-mails the fake received for `to`, once there are `count` of them (polled with a deadline). */
async function mailsTo(to: string, count: number): Promise<{ subject: string | null; text: string }[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await fetch(`${fake.url}/api/messages?to=${encodeURIComponent(to)}`);
    const { messages: mails } = (await res.json()) as { messages: { subject: string | null; text: string }[] };
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("the assignee of a new review", () => {
  it("goes to the district's least-loaded caseworker present today, and a retried step keeps it", async () => {
    const assignees: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      const { application } = await submittedApplication(db(), {
        districtCode: "BAK-NASIMI",
        applicationDate: "2026-03-02",
        status: "AWAITING_REVIEW",
      });
      const decision = await db().decision.create({
        data: {
          applicationId: application.id,
          outcome: "REVIEW",
          memberCount: 2,
          criterionQepik: 30_000,
          incomeQepik: 58_900,
          reasons: [],
          rulesChecked: [],
          decidedBy: "SYSTEM",
        },
      });
      const opened = await openCaseReview(db(), { applicationId: application.id, decisionId: decision.id, now });
      if (opened.kind !== "OPEN") throw new Error("the review did not open");
      const again = await openCaseReview(db(), { applicationId: application.id, decisionId: decision.id, now });
      expect(again).toMatchObject({ reviewId: opened.reviewId });
      assignees.push(await assigneeOf(opened.reviewId));
    }
    // Two present caseworkers share four reviews two and two; the one on leave and the supervisors get none.
    expect(assignees.filter((a) => a === caseworker.id)).toHaveLength(2);
    expect(assignees.filter((a) => a === secondCaseworker.id)).toHaveLength(2);
  });

  it("shows the assignee in the queue and the case file", async () => {
    const { review } = await inReview();
    await db().caseReview.update({ where: { id: review.id }, data: { assigneeId: secondCaseworker.id } });
    const row = (await api(secondCaseworker).review.queue()).find((r) => r.reviewId === review.id);
    expect(row).toMatchObject({ assignedTo: "Second Caseworker", assignedToMe: true });
    const file = await api(supervisor).review.caseFile({ reviewId: review.id });
    expect(file.review.assignedTo).toBe("Second Caseworker");
    // The supervisor is offered the district's active caseworkers and supervisors, not the current assignee.
    expect((file.handoverTo ?? []).map((p) => p.id).sort()).toEqual(
      [caseworker.id, awayCaseworker.id, supervisor.id, secondSupervisor.id].sort(),
    );
    expect((await api(caseworker).review.caseFile({ reviewId: review.id })).handoverTo).toBeNull();
  });
});

describe("handing a review over", () => {
  it("moves the review to another person of the district, audited", async () => {
    const { review } = await inReview();
    await api(supervisor).review.reassign({ reviewId: review.id, assigneeId: secondCaseworker.id });
    expect(await assigneeOf(review.id)).toBe(secondCaseworker.id);
    await api(supervisor).review.reassign({ reviewId: review.id, assigneeId: secondSupervisor.id });
    expect(await assigneeOf(review.id)).toBe(secondSupervisor.id);
    const rows = await db().auditLog.findMany({
      where: { action: "review.reassigned", entityId: review.id },
      orderBy: { at: "asc" },
    });
    expect(rows.map((r) => r.details)).toEqual([
      { from: null, to: secondCaseworker.id },
      { from: secondCaseworker.id, to: secondSupervisor.id },
    ]);
    expect(rows[0]).toMatchObject({ actorUserId: supervisor.id, districtCode: "BAK-NASIMI" });
    // Each new assignee is told, once per handover, in their own language.
    const told = await db().notification.findMany({
      where: { kind: "REVIEW_REQUEST", applicationId: review.applicationId },
      orderBy: { createdAt: "asc" },
    });
    expect(told.map((n) => n.payload)).toMatchObject([
      { reviewId: review.id, staffUserId: secondCaseworker.id, handover: 1 },
      { reviewId: review.id, staffUserId: secondSupervisor.id, handover: 2 },
    ]);
    expect(told.map((n) => n.recipient)).toEqual(["caseworker2.nasimi@test.local", "supervisor2.nasimi@test.local"]);
    for (const n of told) expect(n.body).toMatch(/handed you the review|передал вам проверку|yoxlamasını sizə verdi/);
    const [mail] = await mailsTo("caseworker2.nasimi@test.local", 1);
    expect(mail?.text).toMatch(/handed you the review|передал вам проверку|yoxlamasını sizə verdi/);
  });

  it("refuses another district's staff, an inspector, an inactive account and the current assignee, with a localized message", async () => {
    const { review } = await inReview();
    await db().caseReview.update({ where: { id: review.id }, data: { assigneeId: caseworker.id } });
    const inactive = await addStaff("inactive.nasimi@test.local", "CASEWORKER", "Inactive Caseworker");
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    for (const to of [sabunchuCaseworker, sabunchuSupervisor, inspector, inactive, caseworker]) {
      await expect(api(supervisor).review.reassign({ reviewId: review.id, assigneeId: to.id })).rejects.toMatchObject({
        code: "CONFLICT",
        message: "reviewAssigneeIneligible",
      });
    }
    expect(en.errors.reviewAssigneeIneligible).toMatch(/cannot take the review/);
    expect(await assigneeOf(review.id)).toBe(caseworker.id);
    expect(await db().auditLog.count({ where: { action: "review.reassigned", entityId: review.id } })).toBe(0);
  });

  it("waiting for confirmation, offers only a supervisor other than the one who answered (four eyes)", async () => {
    const { review } = await inReview();
    await db().caseReview.update({
      where: { id: review.id },
      data: { status: "AWAITING_CONFIRMATION", reviewerId: supervisor.id, outcome: "REFUSE", assigneeId: null },
    });
    for (const to of [supervisor, caseworker]) {
      await expect(
        api(secondSupervisor).review.reassign({ reviewId: review.id, assigneeId: to.id }),
      ).rejects.toMatchObject({ message: "reviewAssigneeIneligible" });
    }
    await api(supervisor).review.reassign({ reviewId: review.id, assigneeId: secondSupervisor.id });
    expect(await assigneeOf(review.id)).toBe(secondSupervisor.id);
  });

  it("reads as not found in another district, is forbidden to caseworkers, and refuses a finished review", async () => {
    const { review } = await inReview();
    await expect(
      api(sabunchuSupervisor).review.reassign({ reviewId: review.id, assigneeId: sabunchuCaseworker.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api(caseworker).review.reassign({ reviewId: review.id, assigneeId: secondCaseworker.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().caseReview.update({ where: { id: review.id }, data: { status: "DONE" } });
    await expect(
      api(supervisor).review.reassign({ reviewId: review.id, assigneeId: secondCaseworker.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "reviewNotWaiting" });
    expect(await assigneeOf(review.id)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "review.reassigned", entityId: review.id } })).toBe(0);
  });
});
