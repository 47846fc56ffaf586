import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { applicantSession } from "../support/seed-reference";
import { appealBench, now, EXPLANATION } from "./support/appeal-bench";

// An appeal is answered once (a second answer, or two at once, make one decision), and the answer shows on the
// family's timeline and leaves the supervisor's list.

const bench = appealBench("appeals_once");
const { db, api, announced, refused, decisionsOf, auditsOf } = bench;
let supervisor: SessionUser;
beforeAll(() => {
  ({ supervisor } = bench.staff);
});

describe("an appeal is answered once", () => {
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
    const citizen = await applicantSession(db(), application.id);
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
      reasons: [expect.stringContaining("560.00 AZN"), EXPLANATION],
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
