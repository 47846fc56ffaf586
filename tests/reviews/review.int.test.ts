import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { applicationInReview } from "../support/case-fixtures";
import { startEventSink } from "../support/event-sink";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("reviews");
const now = new Date("2026-03-10T09:00:00Z");
// The Inngest client reads INNGEST_DEV when it is created: the router is imported once the sink is listening.
let createCaller: typeof CreateCaller;
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let sink: Awaited<ReturnType<typeof startEventSink>>;
let caseworker: SessionUser;
let supervisor: SessionUser;
let secondSupervisor: SessionUser;
let sabunchuCaseworker: SessionUser;
let sabunchuSupervisor: SessionUser;

const REASON = "The wage record ended in January; the family has no other income.";
const reviewed = (reviewId: string) =>
  sink.events.some((e) => e.name === "case/reviewed" && e.id === `case-reviewed-${reviewId}`);
const inReview = (proposedOutcome: "ASSIGN" | "REFUSE" | null = "ASSIGN") =>
  applicationInReview(testDb.current().db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    proposedOutcome,
  });
const reviewRow = (id: string) => testDb.current().db.caseReview.findUniqueOrThrow({ where: { id } });
const audits = (entityId: string, action: string) =>
  testDb.current().db.auditLog.count({ where: { entityId, action } });

beforeAll(async () => {
  sink = await startEventSink();
  process.env.INNGEST_DEV = sink.url;
  ({ createCaller } = await import("@/server/api/root"));
  const { db } = testDb.current();
  await seedReference(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
  sabunchuSupervisor = await staffSession(db, "supervisor.sabunchu@vemtas.local");
  await db.user.create({
    data: {
      role: "SUPERVISOR",
      name: "Second Supervisor",
      email: "supervisor2.nasimi@test.local",
      districtCode: "BAK-NASIMI",
    },
  });
  secondSupervisor = await staffSession(db, "supervisor2.nasimi@test.local");
});

afterAll(async () => {
  await sink?.stop();
});

describe("the review queue and the case file", () => {
  it("lists the district's open reviews oldest first, with the decision due date", async () => {
    const older = await inReview();
    const newer = await inReview();
    const queue = await api(caseworker).review.queue();
    const ids = queue.map((r) => r.reviewId);
    expect(ids.indexOf(older.review.id)).toBeLessThan(ids.indexOf(newer.review.id));
    expect(queue.find((r) => r.reviewId === older.review.id)).toMatchObject({
      status: "OPEN",
      decisionDueOn: "2026-03-02",
      proposedOutcome: "ASSIGN",
    });
    expect(await api(sabunchuCaseworker).review.queue()).toEqual([]);
  });

  it("shows everything the proposal used, and audits the read", async () => {
    const { review, fins } = await inReview();
    const file = await api(caseworker).review.caseFile({ reviewId: review.id });
    expect(file.application.members.map((m) => m.fin)).toEqual(fins);
    expect(file.proposal).toMatchObject({
      proposedOutcome: "ASSIGN",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 58_900,
    });
    expect(file.proposal.reasons[0]?.message.en).toContain("need criterion");
    // No agency has answered for this family yet: nothing is reported as a contradiction.
    expect(file.discrepancies).toEqual([]);
    expect(file.viewer).toEqual({ canAnswer: true, canConfirm: false });
    expect(await audits(review.id, "review.caseFile.read")).toBe(1);
  });

  it("says which declared income a register holds, as the staff's case file does", async () => {
    const { review, application, fins } = await inReview();
    const memberFin = fins[0] ?? "";
    await testDb.current().db.declaredIncome.createMany({
      data: [
        { applicationId: application.id, memberFin, type: "GIFT", monthlyQepik: 5_000 },
        { applicationId: application.id, memberFin, type: "WAGE", monthlyQepik: 40_000, registered: true },
      ],
    });
    const file = await api(caseworker).review.caseFile({ reviewId: review.id });
    expect(file.application.declaredIncomes).toEqual([
      { memberFin, type: "GIFT", monthlyQepik: 5_000, registered: false },
      { memberFin, type: "WAGE", monthlyQepik: 40_000, registered: true },
    ]);
  });

  it("outside the district a review reads as not found, and nothing changes", async () => {
    const { review } = await inReview();
    await expect(api(sabunchuCaseworker).review.caseFile({ reviewId: review.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      api(sabunchuCaseworker).review.answer({ reviewId: review.id, answer: "APPROVE", reason: REASON }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await reviewRow(review.id)).toMatchObject({ status: "OPEN", reviewerId: null, outcome: null });
    expect(await testDb.current().db.auditLog.count({ where: { entityId: review.id } })).toBe(0);
  });
});

describe("answering a review", () => {
  it("an answer that agrees with the engine closes the review and tells the chain", async () => {
    const { review } = await inReview("ASSIGN");
    expect(
      await api(caseworker).review.answer({ reviewId: review.id, answer: "APPROVE", reason: REASON }),
    ).toMatchObject({ changed: true, status: "DONE" });
    expect(await reviewRow(review.id)).toMatchObject({
      status: "DONE",
      outcome: "ASSIGN",
      overridesEngine: false,
      reviewerId: caseworker.id,
      reason: REASON,
    });
    expect(reviewed(review.id)).toBe(true);
    expect(await audits(review.id, "review.answer")).toBe(1);
    // A second answer changes nothing and says so.
    expect(
      await api(caseworker).review.answer({ reviewId: review.id, answer: "REFUSE", reason: REASON }),
    ).toMatchObject({ changed: false, status: "DONE" });
    expect(await reviewRow(review.id)).toMatchObject({ outcome: "ASSIGN" });
    expect(await audits(review.id, "review.answer")).toBe(1);
  });

  it("refuses an answer without a written reason, and changes nothing", async () => {
    const { review } = await inReview();
    await expect(
      api(caseworker).review.answer({ reviewId: review.id, answer: "REFUSE", reason: "too short" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await reviewRow(review.id)).toMatchObject({ status: "OPEN", outcome: null });
  });
});

describe("four eyes", () => {
  it("a caseworker's override waits for a supervisor, who confirms it", async () => {
    const { review } = await inReview("ASSIGN");
    expect(
      await api(caseworker).review.answer({ reviewId: review.id, answer: "REFUSE", reason: REASON }),
    ).toMatchObject({ status: "AWAITING_CONFIRMATION" });
    expect(await reviewRow(review.id)).toMatchObject({
      status: "AWAITING_CONFIRMATION",
      outcome: "REFUSE",
      overridesEngine: true,
    });
    expect(reviewed(review.id)).toBe(false);
    expect((await api(supervisor).review.caseFile({ reviewId: review.id })).viewer).toEqual({
      canAnswer: false,
      canConfirm: true,
    });

    await expect(api(caseworker).review.confirm({ reviewId: review.id, action: "CONFIRM" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      api(sabunchuSupervisor).review.confirm({ reviewId: review.id, action: "CONFIRM" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await reviewRow(review.id)).toMatchObject({ status: "AWAITING_CONFIRMATION", confirmedById: null });
    expect(reviewed(review.id)).toBe(false);

    expect(await api(supervisor).review.confirm({ reviewId: review.id, action: "CONFIRM" })).toMatchObject({
      changed: true,
      status: "DONE",
    });
    expect(await reviewRow(review.id)).toMatchObject({
      status: "DONE",
      outcome: "REFUSE",
      confirmedById: supervisor.id,
      confirmedAt: now,
    });
    expect(reviewed(review.id)).toBe(true);
    expect(await audits(review.id, "review.confirm")).toBe(1);
  });

  it("the supervisor who answered cannot confirm their own override; another supervisor of the district can", async () => {
    const { review } = await inReview("ASSIGN");
    await api(supervisor).review.answer({ reviewId: review.id, answer: "REFUSE", reason: REASON });
    await expect(api(supervisor).review.confirm({ reviewId: review.id, action: "CONFIRM" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await reviewRow(review.id)).toMatchObject({ status: "AWAITING_CONFIRMATION", confirmedById: null });
    expect(await api(secondSupervisor).review.confirm({ reviewId: review.id, action: "CONFIRM" })).toMatchObject({
      status: "DONE",
    });
  });

  it("where the engine proposed nothing, any answer needs a second pair of eyes", async () => {
    const { review } = await inReview(null);
    expect(
      await api(caseworker).review.answer({ reviewId: review.id, answer: "APPROVE", reason: REASON }),
    ).toMatchObject({ status: "AWAITING_CONFIRMATION" });
  });

  it("a supervisor may send an override back: the review is OPEN again, with the reason as a case note", async () => {
    const { review, application } = await inReview("ASSIGN");
    await api(caseworker).review.answer({ reviewId: review.id, answer: "REFUSE", reason: REASON });
    const back = "The labour registry shows a new contract from February; check it.";
    expect(await api(supervisor).review.confirm({ reviewId: review.id, action: "RETURN", reason: back })).toMatchObject(
      { changed: true, status: "OPEN" },
    );
    expect(await reviewRow(review.id)).toMatchObject({
      status: "OPEN",
      reviewerId: null,
      outcome: null,
      overridesEngine: false,
    });
    expect(
      await testDb.current().db.caseNote.findMany({ where: { applicationId: application.id }, select: { text: true } }),
    ).toEqual([{ text: back }]);
    expect(await audits(review.id, "review.return")).toBe(1);
    expect(reviewed(review.id)).toBe(false);
  });
});
