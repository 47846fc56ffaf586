import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submittedApplication } from "../support/case-fixtures";
import { startEventSink } from "../support/event-sink";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("appeals");
// 23:30 UTC on 31 October is already 1 November in Baku: the new period starts with November.
const now = new Date("2026-10-31T23:30:00Z");
let createCaller: typeof CreateCaller;
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let sink: Awaited<ReturnType<typeof startEventSink>>;
let supervisor: SessionUser;
let secondSupervisor: SessionUser;
let sabunchuSupervisor: SessionUser;
let caseworker: SessionUser;

const EXPLANATION = "The car was sold in 2024; the registry entry is out of date.";
const car = {
  code: "MOTOR_VEHICLE",
  kind: "REFUSAL",
  evidence: { sources: ["AGENCY:vehicles"], facts: {} },
  message: { az: "Avtomobil var.", ru: "Есть автомобиль.", en: "The family owns a car." },
};
const db = () => testDb.current().db;
const announced = (appealId: string) =>
  sink.events.filter((e) => e.name === "appeal/answered" && e.id === `appeal-answered-${appealId}`).length;

/** A decided application of the Nasimi district, with an OPEN appeal assigned to `supervisor`. */
async function appealed(opts: {
  outcome: "ASSIGN" | "REFUSE";
  memberCount: number;
  criterionQepik: number;
  incomeQepik: number;
  amountQepik?: number;
  decidedBy?: string;
  assignedTo?: SessionUser;
}) {
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status: "AWAITING_REVIEW",
  });
  const assign = opts.outcome === "ASSIGN";
  await db().application.update({ where: { id: application.id }, data: { status: assign ? "ASSIGNED" : "REFUSED" } });
  const decision = await db().decision.create({
    data: {
      applicationId: application.id,
      outcome: opts.outcome,
      memberCount: opts.memberCount,
      criterionQepik: opts.criterionQepik,
      incomeQepik: opts.incomeQepik,
      amountQepik: assign ? (opts.amountQepik ?? null) : null,
      periodFrom: assign ? new Date("2026-03-01T00:00:00Z") : null,
      periodTo: assign ? new Date("2027-02-28T00:00:00Z") : null,
      reasons: assign ? [] : [car],
      rulesChecked: [],
      decidedBy: opts.decidedBy ?? "SYSTEM",
      final: true,
      createdAt: new Date("2026-10-01T08:00:00Z"),
    },
  });
  const appeal = await db().appeal.create({
    data: {
      applicationId: application.id,
      decisionId: decision.id,
      reason: "The car was sold two years ago.",
      supervisorId: (opts.assignedTo ?? supervisor).id,
      submittedAt: new Date("2026-10-15T08:00:00Z"),
    },
  });
  return { application, decision, appeal };
}

const refused = (incomeQepik = 40_000) =>
  appealed({ outcome: "REFUSE", memberCount: 4, criterionQepik: 24_000, incomeQepik });
const decisionsOf = (applicationId: string) =>
  db().decision.findMany({ where: { applicationId }, orderBy: { createdAt: "asc" } });
const auditsOf = (entityId: string, action: string) => db().auditLog.count({ where: { entityId, action } });

beforeAll(async () => {
  sink = await startEventSink();
  process.env.INNGEST_DEV = sink.url;
  ({ createCaller } = await import("@/server/api/root"));
  await seedReference(db());
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  sabunchuSupervisor = await staffSession(db(), "supervisor.sabunchu@vemtas.local");
  await db().user.create({
    data: {
      role: "SUPERVISOR",
      name: "Second Supervisor",
      email: "supervisor2.nasimi@test.local",
      districtCode: "BAK-NASIMI",
    },
  });
  secondSupervisor = await staffSession(db(), "supervisor2.nasimi@test.local");
});

afterAll(async () => {
  await sink?.stop();
});

describe("reading an appeal", () => {
  it("shows the assigned supervisor the appealed decision with its figures and reasons, audited", async () => {
    const { appeal, application, decision } = await refused();
    const view = await api(supervisor).review.appeal({ appealId: appeal.id });
    expect(view).toMatchObject({
      appeal: { id: appeal.id, status: "OPEN", reason: "The car was sold two years ago." },
      application: { id: application.id, registrationNumber: application.registrationNumber },
      appealed: {
        id: decision.id,
        outcome: "REFUSE",
        memberCount: 4,
        criterionQepik: 24_000,
        incomeQepik: 40_000,
        reasons: [{ code: "MOTOR_VEHICLE", message: car.message }],
      },
      answer: null,
      viewer: { canAnswer: true },
    });
    expect(await auditsOf(appeal.id, "appeal.read")).toBe(1);
  });

  it("reads as not found for another supervisor, another district, and forbidden for a caseworker", async () => {
    const { appeal } = await refused();
    await expect(api(secondSupervisor).review.appeal({ appealId: appeal.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api(sabunchuSupervisor).review.appeal({ appealId: appeal.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api(caseworker).review.appeal({ appealId: appeal.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditLog.count({ where: { entityId: appeal.id } })).toBe(0);
  });
});

describe("answering an appeal", () => {
  it("UPHOLD: a new final decision with the same outcome and figures, and the explanation as a reason", async () => {
    const { appeal, application, decision } = await refused();
    const result = await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation: `  ${EXPLANATION}  `,
    });
    expect(result).toMatchObject({ appealId: appeal.id, applicationId: application.id, outcome: "REFUSE" });
    const [, answered] = await decisionsOf(application.id);
    expect(answered).toMatchObject({
      id: result.decisionId,
      outcome: "REFUSE",
      final: true,
      supersedesId: decision.id,
      decidedBy: supervisor.id,
      memberCount: 4,
      criterionQepik: 24_000,
      incomeQepik: 40_000,
      amountQepik: null,
      createdAt: now,
    });
    expect(answered?.reasons).toEqual([
      car,
      {
        code: "APPEAL_ANSWER",
        kind: "REFUSAL",
        evidence: { sources: [`STAFF:${supervisor.id}`], facts: { appealId: appeal.id } },
        message: { az: EXPLANATION, ru: EXPLANATION, en: EXPLANATION },
      },
    ]);
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      status: "ANSWERED",
      answeredAt: now,
      answerKind: "UPHOLD",
      answerDecisionId: result.decisionId,
    });
    expect(await db().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "REFUSED",
    });
    expect(await auditsOf(appeal.id, "appeal.answer")).toBe(1);
    expect(announced(appeal.id)).toBe(1);
  });

  it("CHANGE of a refusal assigns N × C − I from the stored figures, for the 12 months from the month of application", async () => {
    const { appeal, application } = await refused(40_000);
    const result = await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "CHANGE",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    expect(result.outcome).toBe("ASSIGN");
    const answered = await db().decision.findUniqueOrThrow({ where: { id: result.decisionId } });
    expect(answered).toMatchObject({
      outcome: "ASSIGN",
      amountQepik: 4 * 24_000 - 40_000,
      incomeQepik: 40_000,
      periodFrom: new Date("2026-03-01T00:00:00Z"),
      periodTo: new Date("2027-02-28T00:00:00Z"),
    });
    const reasons = answered.reasons as { code: string; kind: string; message: { en: string } }[];
    expect(reasons.map((r) => [r.code, r.kind])).toEqual([
      ["LOW_INCOME_ASSIGNED", "ASSIGNMENT"],
      ["APPEAL_ANSWER", "ASSIGNMENT"],
    ]);
    expect(reasons[0]?.message.en).toContain("AZN 560.00");
    expect(await db().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "ASSIGNED",
    });
    expect(
      await db().applicationStatusChange.findMany({
        where: { applicationId: application.id },
        select: { fromStatus: true, toStatus: true, actorUserId: true, at: true },
      }),
    ).toEqual([{ fromStatus: "REFUSED", toStatus: "ASSIGNED", actorUserId: supervisor.id, at: now }]);
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ answerKind: "CHANGE" });
  });

  it("CHANGE with a corrected income: the family's income was counted wrong", async () => {
    // I = 650 AZN ≥ N × C = 600 AZN on the engine's figures; 500.01 AZN once corrected.
    const { appeal } = await appealed({
      outcome: "REFUSE",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 65_000,
    });
    const result = await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "CHANGE",
      correctedIncomeQepik: 50_001,
      explanation: EXPLANATION,
    });
    expect(await db().decision.findUniqueOrThrow({ where: { id: result.decisionId } })).toMatchObject({
      outcome: "ASSIGN",
      incomeQepik: 50_001,
      amountQepik: 9_999,
    });
  });

  it("refuses a change that gives no amount, and changes nothing", async () => {
    const { appeal, application } = await appealed({
      outcome: "REFUSE",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 65_000,
    });
    await expect(
      api(supervisor).review.answerAppeal({
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik: null,
        explanation: EXPLANATION,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "appealAmountNotPositive" });
    // Exactly at the threshold: A = 0.
    await expect(
      api(supervisor).review.answerAppeal({
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik: 60_000,
        explanation: EXPLANATION,
      }),
    ).rejects.toMatchObject({ message: "appealAmountNotPositive" });
    expect(await decisionsOf(application.id)).toHaveLength(1);
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
      status: "OPEN",
      answerKind: null,
      answerDecisionId: null,
    });
    expect(await db().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "REFUSED",
    });
    expect(await auditsOf(appeal.id, "appeal.answer")).toBe(0);
    expect(announced(appeal.id)).toBe(0);
  });

  it("an appeal against an assignment can raise the amount in the same period, never lower it", async () => {
    const { appeal, application } = await appealed({
      outcome: "ASSIGN",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 58_900,
      amountQepik: 1_100,
    });
    const change = (correctedIncomeQepik: number | null) =>
      api(supervisor).review.answerAppeal({
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik,
        explanation: EXPLANATION,
      });
    await expect(change(null)).rejects.toMatchObject({ message: "appealAmountNotHigher" });
    await expect(change(59_000)).rejects.toMatchObject({ message: "appealAmountNotHigher" });
    expect(await decisionsOf(application.id)).toHaveLength(1);
    const result = await change(40_000);
    expect(await db().decision.findUniqueOrThrow({ where: { id: result.decisionId } })).toMatchObject({
      outcome: "ASSIGN",
      amountQepik: 20_000,
      periodFrom: new Date("2026-03-01T00:00:00Z"),
      periodTo: new Date("2027-02-28T00:00:00Z"),
    });
  });

  it("validates the answer with catalog keys and changes nothing", async () => {
    const { appeal } = await refused();
    const bad = api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "CHANGE",
      correctedIncomeQepik: -1,
      explanation: " short ",
    });
    await expect(bad).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // The zod issues the client receives as `fieldErrors`: catalog keys, by field.
    const fields = await bad.catch((e: { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }) =>
      e.cause?.issues?.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: "correctedIncomeQepik", message: "errors.amountFormat" },
        { path: "explanation", message: "errors.appealExplanationTooShort" },
      ]),
    );
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ status: "OPEN" });
  });

  it("only the assigned supervisor of the district may answer; others read not found", async () => {
    const { appeal, application } = await refused();
    const answer = {
      appealId: appeal.id,
      answer: "CHANGE" as const,
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    };
    await expect(api(secondSupervisor).review.answerAppeal(answer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(sabunchuSupervisor).review.answerAppeal(answer)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(caseworker).review.answerAppeal(answer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await decisionsOf(application.id)).toHaveLength(1);
    expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ status: "OPEN" });
  });

  it("whoever had a hand in the appealed decision cannot answer, even when the appeal reached them", async () => {
    const decided = await appealed({
      outcome: "REFUSE",
      memberCount: 4,
      criterionQepik: 24_000,
      incomeQepik: 40_000,
      decidedBy: secondSupervisor.id,
      assignedTo: secondSupervisor,
    });
    const answer = { answer: "UPHOLD" as const, correctedIncomeQepik: null, explanation: EXPLANATION };
    await expect(
      api(secondSupervisor).review.answerAppeal({ appealId: decided.appeal.id, ...answer }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await api(secondSupervisor).review.appeal({ appealId: decided.appeal.id })).viewer).toEqual({
      canAnswer: false,
    });

    // Confirmed a review of the decision after the appeal was assigned: checked again at answer time.
    const confirmed = await refused();
    await db().caseReview.create({
      data: {
        applicationId: confirmed.application.id,
        decisionId: confirmed.decision.id,
        status: "DONE",
        confirmedById: supervisor.id,
      },
    });
    await expect(
      api(supervisor).review.answerAppeal({ appealId: confirmed.appeal.id, ...answer }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await decisionsOf(confirmed.application.id)).toHaveLength(1);
  });

  it("a second answer changes nothing", async () => {
    const { appeal, application } = await refused();
    await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    await expect(
      api(supervisor).review.answerAppeal({
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik: null,
        explanation: EXPLANATION,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "appealNotOpen" });
    expect((await decisionsOf(application.id)).map((d) => d.outcome)).toEqual(["REFUSE", "REFUSE"]);
    expect(await db().application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "REFUSED",
    });
    expect(await auditsOf(appeal.id, "appeal.answer")).toBe(1);
    expect(announced(appeal.id)).toBe(1);
  });

  it("two answers at once make exactly one decision", async () => {
    const { appeal, application } = await refused();
    const answer = {
      appealId: appeal.id,
      answer: "CHANGE" as const,
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    };
    const results = await Promise.allSettled([
      api(supervisor).review.answerAppeal(answer),
      api(supervisor).review.answerAppeal(answer),
      api(supervisor).review.answerAppeal(answer),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ message: "appealNotOpen" });
    expect(await decisionsOf(application.id)).toHaveLength(2);
    expect(await db().applicationStatusChange.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await auditsOf(appeal.id, "appeal.answer")).toBe(1);
  });

  it("the family's timeline shows the answer, then the new decision with the explanation", async () => {
    const { appeal, application } = await refused(40_000);
    await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "CHANGE",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    const applicant = await db().user.findUniqueOrThrow({ where: { id: application.applicantId } });
    const citizen: SessionUser = {
      id: applicant.id,
      role: "CITIZEN",
      name: applicant.name,
      districtCode: null,
      fin: applicant.fin,
    };
    const view = await api(citizen).application.timeline({ applicationId: application.id, locale: "en" });
    expect(view.status).toBe("ASSIGNED");
    expect(view.events.slice(-3).map((e) => e.kind)).toEqual(["APPEAL_FILED", "APPEAL_ANSWERED", "DECISION"]);
    expect(view.events.at(-2)).toMatchObject({ kind: "APPEAL_ANSWERED", answer: "CHANGE", at: now });
    expect(view.events.at(-1)).toMatchObject({
      kind: "DECISION",
      outcome: "ASSIGN",
      amountQepik: 56_000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
    });
    expect(view.events.at(-1)?.kind === "DECISION" && view.events.at(-1)).toMatchObject({
      reasons: [expect.stringContaining("AZN 560.00"), EXPLANATION],
    });
  });

  it("the answered appeal leaves the supervisor's list", async () => {
    const { appeal } = await refused();
    expect((await api(supervisor).review.appeals()).map((a) => a.appealId)).toContain(appeal.id);
    await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    expect((await api(supervisor).review.appeals()).map((a) => a.appealId)).not.toContain(appeal.id);
    expect((await api(supervisor).review.appeal({ appealId: appeal.id })).answer).toMatchObject({ outcome: "REFUSE" });
  });
});
