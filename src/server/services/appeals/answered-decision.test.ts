import { describe, expect, it } from "vitest";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import type { ReasonFactsByCode } from "@/server/domain/reasons";
import { answeredDecision, type AppealedDecision } from "./answered-decision";

// An answer to an appeal against a decision taken after a reported change says what that decision said: the months
// its amount is in force and the income before the month the change was reported in. An answer to a first decision
// reads as it always did.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ids = { appealId: "appeal-1", supervisorId: "sup-1" };
const EXPLANATION = "The wage ended in June; the registry had not recorded it yet.";
const change = { answer: "CHANGE" as const, correctedIncomeQepik: 30_000, explanation: EXPLANATION };

const lowIncome = (facts: ReasonFactsByCode["LOW_INCOME_ASSIGNED"]) => ({
  code: "LOW_INCOME_ASSIGNED",
  kind: "ASSIGNMENT",
  evidence: { sources: [], facts },
  message: reasonMessage("LOW_INCOME_ASSIGNED", facts),
});
const figures = { memberCount: 3, needCriterionQepik: 30_000, thresholdQepik: 90_000 };

/** Assigned May 2026 – April 2027; on a change reported 10 June, 400 AZN a month from 1 July. */
const inForceReason = lowIncome({
  ...figures,
  averageIncomeQepik: 50_000,
  amountQepik: 40_000,
  periodFrom: "2026-07-01",
  periodTo: "2027-04-30",
  reassessedOn: "2026-06-10",
});
const changeDecision: AppealedDecision = {
  outcome: "ASSIGN",
  memberCount: 3,
  criterionQepik: 30_000,
  incomeQepik: 50_000,
  amountQepik: 40_000,
  periodFrom: day("2026-05-01"),
  periodTo: day("2027-04-30"),
  effectiveFrom: day("2026-07-01"),
  reasons: [inForceReason],
};

describe("the answer to an appeal against a change decision", () => {
  it("CHANGE: the new amount in force from the change decision's day, the income before the report's month", () => {
    const answered = answeredDecision(changeDecision, change, ids, "2026-05-04", "2026-06-10");
    expect(answered).toMatchObject({
      outcome: "ASSIGN",
      amountQepik: 60_000,
      periodFrom: day("2026-05-01"),
      periodTo: day("2027-04-30"),
      effectiveFrom: day("2026-07-01"),
    });
    const [assigned] = answered.reasons;
    expect(assigned?.evidence).toMatchObject({
      facts: { periodFrom: "2026-07-01", periodTo: "2027-04-30", reassessedOn: "2026-06-10", amountQepik: 60_000 },
    });
    expect(assigned?.message.en).toContain("before the month in which the change was reported was 300.00 AZN");
    expect(assigned?.message.en).toContain("Monthly assistance: 600.00 AZN, from 1 Jul 2026 to 30 Apr 2027.");
    expect(assigned?.message.en).not.toContain("month of application");
    expect(assigned?.message.ru).toContain("до месяца, в котором сообщено об изменении");
    expect(assigned?.message.az).toContain("Dəyişiklik barədə məlumat verildiyi aydan");
  });

  it("CHANGE of a change decision that ended the assistance assigns from its day to the period's end", () => {
    const ended: AppealedDecision = {
      ...changeDecision,
      outcome: "REFUSE",
      amountQepik: null,
      periodFrom: null,
      periodTo: null,
      reasons: [],
    };
    const answered = answeredDecision(ended, change, ids, "2026-05-04", "2026-06-10");
    expect(answered.effectiveFrom).toEqual(day("2026-07-01"));
    expect(answered.reasons[0]?.evidence).toMatchObject({
      facts: { periodFrom: "2026-07-01", periodTo: "2027-04-30", reassessedOn: "2026-06-10" },
    });
  });

  it("UPHOLD restates a change decision written before its reasons were, and keeps one written since", () => {
    const older = {
      ...changeDecision,
      // As the engine wrote it on the report's day, before reasonsInForce: a first decision's words.
      reasons: [
        lowIncome({
          ...figures,
          averageIncomeQepik: 50_000,
          amountQepik: 40_000,
          periodFrom: "2026-06-01",
          periodTo: "2027-05-31",
        }),
      ],
    };
    const upheld = answeredDecision(older, { ...change, answer: "UPHOLD" }, ids, "2026-05-04", "2026-06-10");
    expect(upheld.reasons[0]).toEqual(inForceReason);
    expect(upheld.effectiveFrom).toEqual(day("2026-07-01"));
    const kept = answeredDecision(changeDecision, { ...change, answer: "UPHOLD" }, ids, "2026-05-04", "2026-06-10");
    expect(kept.reasons[0]).toEqual(inForceReason);
  });
});

describe("the answer to an appeal against a first decision", () => {
  it("reads exactly as before: the whole period from the month of application", () => {
    const refused: AppealedDecision = {
      outcome: "REFUSE",
      memberCount: 3,
      criterionQepik: 30_000,
      incomeQepik: 50_000,
      amountQepik: null,
      periodFrom: null,
      periodTo: null,
      effectiveFrom: null,
      reasons: [],
    };
    const answered = answeredDecision(refused, change, ids, "2026-05-04");
    const facts = {
      ...figures,
      averageIncomeQepik: 30_000,
      amountQepik: 60_000,
      periodFrom: "2026-05-01",
      periodTo: "2027-04-30",
    };
    expect(answered.effectiveFrom).toBeNull();
    expect(answered.reasons[0]).toEqual({
      code: "LOW_INCOME_ASSIGNED",
      kind: "ASSIGNMENT",
      evidence: { sources: ["STAFF:sup-1"], facts },
      message: reasonMessage("LOW_INCOME_ASSIGNED", facts),
    });
    expect(answered.reasons[0]?.message.en).toContain("before the month of application");
  });
});
