import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { explainReasons } from "@/server/content/reasons/reason-message";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { REASON_KIND_BY_CODE, type Reason } from "@/server/domain/reasons";
import { answerAppeal } from "@/server/services/appeals/answer-appeal";
import { appealAnswerMessage } from "@/server/services/appeals/appeal-answer-notice";
import { decideChangeReport } from "@/server/services/changes/decide-change-report";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { changeReportFile } from "../support/change-report-file";
import { staffSession } from "../support/seed-reference";

// Decisions after the first one say what happened after the first one (found on a walk): the answer to an appeal
// against a change decision stated the whole first period and the income "before the month of application"; a
// person's answer ending the assistance after a change said the deals were looked for before the month of
// application; and the change decision's letter named the member who left by FIN. The family was assigned May 2026 –
// April 2027 and reports on 10 June 2026 that its second member left on 5 June.

const { testDb, now, api, announce, assignedFamily, reportMemberLeft } = changeReportFile("changes_decision_appeal");

type Family = Awaited<ReturnType<typeof assignedFamily>>;
type StoredReason = { code: string; evidence?: { facts: object }; message: { az: string; ru: string; en: string } };

const engineReason = (code: Reason["code"], facts: Reason["evidence"]["facts"]) =>
  explainReasons([{ code, kind: REASON_KIND_BY_CODE[code], evidence: { sources: [], facts } }], new Map());

/** The member leaves; the reassessment goes to a person with `proposal` as the engine's (the test's figures). */
async function leftAndProposed(family: Family, proposal: Prisma.DecisionUpdateInput) {
  const { db } = testDb.current();
  const report = await reportMemberLeft(family);
  await applyReportedChange(db, { reportId: report.id, now });
  const reassessed = await reassessChange(db, { reportId: report.id, now });
  if (reassessed.kind !== "IN_REVIEW") throw new Error(`expected a review, got ${reassessed.kind}`);
  await db.decision.update({ where: { id: reassessed.proposalId }, data: proposal });
  return report;
}

describe("a decision after a reported change", () => {
  it("is answered on appeal for the months it ruled and the income before the report's month; its letter names the member who left", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const left = await db.familyMember.findFirstOrThrow({
      where: { applicationId: family.application.id, fin: family.fins[1] },
      select: { firstName: true, lastName: true },
    });
    const leftName = `${left.firstName} ${left.lastName}`;
    const report = await leftAndProposed(family, {
      proposedOutcome: "ASSIGN",
      memberCount: 1,
      criterionQepik: 30_000,
      incomeQepik: 5_000,
      amountQepik: 25_000,
      reasons: engineReason("LOW_INCOME_ASSIGNED", {
        memberCount: 1,
        needCriterionQepik: 30_000,
        thresholdQepik: 30_000,
        averageIncomeQepik: 5_000,
        amountQepik: 25_000,
        periodFrom: "2026-06-01",
        periodTo: "2027-05-31",
      }) as unknown as Prisma.InputJsonValue,
    });
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const decided = await decideChangeReport(
      db,
      supervisor,
      { reportId: report.id, outcome: "ASSIGN", reason: "One member left; the family stays below the need criterion." },
      now,
      { announce },
    );
    const changeDecisionId = decided.decisionId ?? "";

    // The member's row is gone; the letter and the lists still name them.
    expect(await db.familyMember.count({ where: { applicationId: family.application.id, fin: family.fins[1] } })).toBe(
      0,
    );
    const letter = await api(family.citizen).application.letter({ applicationId: family.application.id });
    expect(letter.change).toMatchObject({ kind: "MEMBER_LEFT", member: leftName });
    const own = await api(family.citizen).changes.reports({ applicationId: family.application.id });
    expect(own.reports[0]?.member).toBe(leftName);
    const staff = await api(supervisor).changes.caseReports({ applicationId: family.application.id });
    expect(staff.reports[0]?.member).toBe(leftName);
    const file = await api(supervisor).changes.reportFile({ reportId: report.id });
    expect(file.application.members).toContainEqual({ fin: family.fins[1], name: leftName });

    // The family appeals the change decision; a supervisor who had no hand in it answers with a lower income.
    await db.user.create({
      data: {
        role: "SUPERVISOR",
        name: "Second Supervisor",
        email: "s2.nasimi@test.local",
        districtCode: "BAK-NASIMI",
      },
    });
    const second = await staffSession(db, "s2.nasimi@test.local");
    const appeal = await db.appeal.create({
      data: {
        applicationId: family.application.id,
        decisionId: changeDecisionId,
        reason: "My sister's pension was counted after she moved out.",
        supervisorId: second.id,
        submittedAt: now,
      },
    });
    const answered = await answerAppeal(
      db,
      second,
      {
        appealId: appeal.id,
        answer: "CHANGE",
        correctedIncomeQepik: 0,
        explanation: "The pension is the sister's, who no longer lives with the family.",
      },
      now,
      { announce: async () => {} },
    );
    const decision = await db.decision.findUniqueOrThrow({ where: { id: answered.decisionId } });
    expect(decision).toMatchObject({ outcome: "ASSIGN", amountQepik: 30_000, supersedesId: changeDecisionId });
    // It rules what the change decision ruled: from 1 July; May and June keep the first decision.
    expect(calendarDateFromDb(decision.effectiveFrom!)).toBe("2026-07-01");
    expect(calendarDateFromDb(decision.periodTo!)).toBe("2027-04-30");
    const reasons = decision.reasons as StoredReason[];
    const assigned = reasons.find((r) => r.code === "LOW_INCOME_ASSIGNED");
    expect(assigned?.evidence?.facts).toMatchObject({
      periodFrom: "2026-07-01",
      periodTo: "2027-04-30",
      reassessedOn: "2026-06-10",
      averageIncomeQepik: 0,
      amountQepik: 30_000,
    });
    expect(assigned?.message.en).toContain("before the month in which the change was reported was 0.00 AZN");
    expect(assigned?.message.en).toContain("Monthly assistance: 300.00 AZN, from 1 Jul 2026 to 30 Apr 2027.");
    expect(assigned?.message.en).not.toContain("month of application");
    expect(assigned?.message.ru).toContain("до месяца, в котором сообщено об изменении");
    expect(assigned?.message.az).toContain("Dəyişiklik barədə məlumat verildiyi aydan");
    // The family's message gives the same months.
    expect(await appealAnswerMessage(db, appeal.id)).toMatchObject({
      outcome: "ASSIGN",
      periodFrom: "2026-07-01",
      periodTo: "2027-04-30",
    });
  });

  it("ending the assistance, words a large deal from the 12 months before the report's month", async () => {
    const { db } = testDb.current();
    const family = await assignedFamily();
    const report = await leftAndProposed(family, {
      proposedOutcome: "REFUSE",
      reasons: engineReason("LARGE_TRANSACTION", {
        kind: "SALE",
        date: "2026-03-14",
        amountQepik: 4_000_000,
        limitQepik: 3_600_000,
        multiple: 12,
        description: "flat",
      }) as unknown as Prisma.InputJsonValue,
    });
    const caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
    const decided = await decideChangeReport(
      db,
      caseworker,
      { reportId: report.id, outcome: "REFUSE", reason: "The flat was sold in March for more than the limit." },
      now,
      { announce },
    );
    const decision = await db.decision.findUniqueOrThrow({ where: { id: decided.decisionId ?? "" } });
    expect(decision.outcome).toBe("REFUSE");
    const deal = (decision.reasons as StoredReason[]).find((r) => r.code === "LARGE_TRANSACTION");
    expect(deal?.evidence?.facts).toMatchObject({ date: "2026-03-14", reassessedOn: "2026-06-10" });
    expect(deal?.message.en).toMatch(
      /^In the 12 calendar months before the month in which the change was reported, the family made a sale/,
    );
    expect(deal?.message.ru).toMatch(/^За 12 календарных месяцев до месяца, в котором сообщено об изменении, /);
    expect(deal?.message.az).toMatch(/^Dəyişiklik barədə məlumat verildiyi aydan əvvəlki 12 təqvim ayında /);
  });
});
