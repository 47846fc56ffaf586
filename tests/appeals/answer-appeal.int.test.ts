import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/kernel/session-user";
import { appealAnswerMessage } from "@/server/services/appeals/appeal-answer-notice";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { setNoticeRenderingEnv } from "../support/notice-env";
import { appealBench, now, EXPLANATION, car } from "./support/appeal-bench";

// A supervisor answers an appeal with a new, explained decision: uphold, or change a refusal to an assignment
// (from the stored or corrected figures), never to the family's loss. Who may read and answer is in
// answer-appeal-access.int.test.ts; answering once, in answer-appeal-once.int.test.ts.

const bench = appealBench("appeals");
const { db, api, announced, appealed, refused, decisionsOf, auditsOf } = bench;
let supervisor: SessionUser;
beforeAll(() => {
  ({ supervisor } = bench.staff);
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
    expect(reasons[0]?.message.en).toContain("560.00 AZN");
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
    // A first application: its card is still to be ordered, and the answer says so.
    expect(await appealAnswerMessage(db(), appeal.id)).toMatchObject({ outcome: "ASSIGN", sameCard: false });
  });

  it("CHANGE of a renewal's refusal tells the family it is paid to the card it already has", async () => {
    const { appeal, application } = await refused(40_000);
    // The same representative's assignment of April 2025 – March 2026 runs on the renewal's date (2 March 2026),
    // paid to a card account the bank opened: the renewal continues on it (reuse-card-account.ts).
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const earlier = await db().application.create({
      data: {
        applicantId: application.applicantId,
        status: "ASSIGNED",
        districtCode: "BAK-NASIMI",
        registrationNumber: `${application.registrationNumber}-E`,
        submittedAt: day("2025-04-02"),
        applicationDate: day("2025-04-02"),
        contactPhone: "+994501234567",
      },
    });
    const earlierDecision = await db().decision.create({
      data: {
        applicationId: earlier.id,
        outcome: "ASSIGN",
        amountQepik: 26_000,
        periodFrom: day("2025-04-01"),
        periodTo: day("2026-03-31"),
        reasons: [],
        rulesChecked: [],
        decidedBy: "SYSTEM",
        final: true,
      },
    });
    await db().bankAccountOrder.create({
      data: {
        applicationId: earlier.id,
        decisionId: earlierDecision.id,
        idempotencyKey: `vemtas-account-${earlierDecision.id}`,
        status: "OPENED",
        bankReference: `BNK-${earlier.id}`,
        accountMasked: "AZ21 **** 0001",
        branchName: "Nəsimi filialı",
        branchAddress: "Bakı, Nəsimi rayonu",
        cardPickupDate: day("2025-04-20"),
        answeredAt: day("2025-04-12"),
      },
    });

    await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "CHANGE",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    expect(await appealAnswerMessage(db(), appeal.id)).toMatchObject({ outcome: "ASSIGN", sameCard: true });
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

  it("asks for the explanation in the language the appeal was written in, and sends the answer in it", async () => {
    setNoticeRenderingEnv();
    // Applied in Azerbaijani (the fixture's), appealed in Russian: the appeal page names Russian, and the answer's
    // message is Russian around the Russian explanation, with a link to the family's Russian page.
    const { appeal, application } = await refused();
    expect(application.locale).toBe("az");
    await db().appeal.update({ where: { id: appeal.id }, data: { locale: "ru" } });
    expect((await api(supervisor).review.appeal({ appealId: appeal.id })).appeal.locale).toBe("ru");
    const explanation = "Автомобиль продан в 2024 году; запись в реестре устарела.";
    await api(supervisor).review.answerAppeal({
      appealId: appeal.id,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation,
    });
    const queue = async (appealId: string, applicationId: string) => {
      const { notificationId } = await enqueueNotification(db(), {
        applicationId,
        kind: "APPEAL_ANSWER",
        data: await appealAnswerMessage(db(), appealId),
      });
      return db().notification.findUniqueOrThrow({ where: { id: notificationId } });
    };
    const ru = await queue(appeal.id, application.id);
    expect(ru).toMatchObject({ channel: "SMS", locale: "ru" });
    expect(ru.body).toContain("жалоба рассмотрена");
    expect(ru.body).toContain(`/ru/applications/${application.id}`);

    // An appeal filed before its language was recorded: the application's stands for it, as before.
    const older = await refused();
    expect(older.appeal.locale).toBeNull();
    expect((await api(supervisor).review.appeal({ appealId: older.appeal.id })).appeal.locale).toBe("az");
    await api(supervisor).review.answerAppeal({
      appealId: older.appeal.id,
      answer: "UPHOLD",
      correctedIncomeQepik: null,
      explanation: EXPLANATION,
    });
    const az = await queue(older.appeal.id, older.application.id);
    expect(az).toMatchObject({ channel: "SMS", locale: "az" });
    expect(az.body).toContain(`/az/applications/${older.application.id}`);
  });
});
