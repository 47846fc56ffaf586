import { describe, expect, it } from "vitest";
import { reasonMessage } from "@/server/content/reasons/reason-message";
import { decisionLetterFrom, type DecisionLetterSource } from "@/server/services/applications/get-decision-letter";
import { buildDecisionLetterContent, loadLetterMessages, type DecisionLetterContent } from "./decision-letter-content";
import { answeredInRussian, letterTexts } from "./letter-fixtures";

// The letter of a decision taken during the period after a reported change: it names the change it follows, and its
// period and its reason's period are both the months the new amount is in force.

const texts = (content: DecisionLetterContent) => letterTexts(content).map((t) => t.replace(/[\u00a0\u202f]/g, " "));

const facts = {
  memberCount: 4,
  needCriterionQepik: 24_600,
  thresholdQepik: 98_400,
  averageIncomeQepik: 60_803,
  amountQepik: 37_597,
  periodFrom: "2027-01-01",
  periodTo: "2027-11-30",
  reassessedOn: "2026-12-07",
};

/** The family assigned 1 Dec 2026 – 30 Nov 2027 that reported on 7 Dec a job started on 1 Dec, 450 AZN a month. */
const source: DecisionLetterSource = {
  ...answeredInRussian,
  locale: "en",
  members: [
    ...answeredInRussian.members,
    { fin: "5KLM22P", firstName: "Rauf", lastName: "Məmmədov", patronymic: null, relation: "SPOUSE" as const },
  ],
  decisions: [
    {
      id: "change",
      outcome: "ASSIGN" as const,
      createdAt: new Date("2026-12-07T09:00:00Z"),
      memberCount: 4,
      criterionQepik: 24_600,
      incomeQepik: 60_803,
      amountQepik: 37_597,
      periodFrom: new Date("2026-12-01T00:00:00Z"),
      periodTo: new Date("2027-11-30T00:00:00Z"),
      effectiveFrom: new Date("2027-01-01T00:00:00Z"),
      reasons: [
        {
          code: "LOW_INCOME_ASSIGNED",
          kind: "ASSIGNMENT",
          message: { ...reasonMessage("LOW_INCOME_ASSIGNED", facts) },
        },
      ],
    },
  ],
  appeals: [],
};

const report = {
  kind: "INCOME_GAINED" as const,
  details: { kind: "INCOME_GAINED", memberFin: "5KLM22P", type: "WAGE", registered: true, monthlyQepik: 45_000 },
  changedOn: new Date("2026-12-01T00:00:00Z"),
  reportedOn: new Date("2026-12-07T00:00:00Z"),
};

describe("a change decision's letter", () => {
  it("names the change it follows, and gives the months the new amount is in force, in its reason too", async () => {
    const letter = decisionLetterFrom(source, report);
    expect(letter?.change).toEqual({
      kind: "INCOME_GAINED",
      income: { type: "WAGE", registered: true },
      member: "Rauf Məmmədov",
      monthlyQepik: 45_000,
      address: null,
      changedOn: "2026-12-01",
      reportedOn: "2026-12-07",
    });
    const lines = texts(buildDecisionLetterContent(letter!, await loadLetterMessages("en")));
    expect(lines).toContain("The targeted state social assistance of your family is changed from January 1, 2027.");
    expect(lines).toContain(
      "This decision follows the change reported on December 7, 2026: from December 1, 2026, Rauf Məmmədov receives an income (a job with a labour contract, 450.00 AZN a month).",
    );
    expect(lines).toContain("Period: from January 1, 2027 to November 30, 2027");
    const reason = lines.find((l) => l.startsWith("1. "));
    expect(reason).toContain("before the month in which the change was reported");
    expect(reason).toContain("from 1 Jan 2027 to 30 Nov 2027");
    expect(reason).not.toContain("month of application");
    // The change's sentence comes right after the headline.
    const headline = lines.findIndex((l) => l.startsWith("The targeted state social assistance"));
    expect(lines[headline + 1]).toMatch(/^This decision follows the change reported on/);
  });

  it("says it in the letter's language, and not at all in a decision that follows no reported change", async () => {
    const letter = decisionLetterFrom({ ...source, locale: "ru" }, report)!;
    const ru = texts(buildDecisionLetterContent(letter, await loadLetterMessages("ru")));
    expect(ru).toContain(
      "Это решение принято после изменения, о котором сообщено 7 декабря 2026 г.: с 1 декабря 2026 г. Rauf Məmmədov получает доход (работа по трудовому договору, 450,00 AZN в месяц).",
    );
    const inAz = decisionLetterFrom({ ...source, locale: "az" }, report)!;
    const az = texts(buildDecisionLetterContent(inAz, await loadLetterMessages("az")));
    expect(az.some((l) => l.startsWith("Bu qərar 7 dekabr 2026 tarixində bildirilən dəyişiklikdən sonra"))).toBe(true);
    const first = decisionLetterFrom(source);
    expect(first?.change).toBeNull();
    const en = texts(buildDecisionLetterContent(first!, await loadLetterMessages("en")));
    expect(en.some((l) => l.startsWith("This decision follows"))).toBe(false);
  });
});
