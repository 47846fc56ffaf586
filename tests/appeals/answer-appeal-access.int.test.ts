import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { appealBench, EXPLANATION, car } from "./support/appeal-bench";

// Who reads an appeal and who may answer it: the assigned supervisor of the district, never one who had a hand in
// the appealed decision; an answer is validated with catalog keys and a refused one changes nothing.

const bench = appealBench("appeals_access");
const { db, api, appealed, refused, decisionsOf, auditsOf } = bench;
let supervisor: SessionUser, secondSupervisor: SessionUser, sabunchuSupervisor: SessionUser, caseworker: SessionUser;
beforeAll(() => {
  ({ supervisor, secondSupervisor, sabunchuSupervisor, caseworker } = bench.staff);
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

describe("who may answer an appeal, and with what", () => {
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
        // A negative income is named as such, not as a mistyped amount.
        { path: "correctedIncomeQepik", message: "errors.amountNegative" },
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
});
