import { describe, expect, it } from "vitest";
import { explainReasons } from "@/server/content/reasons/reason-message";
import { REASON_KIND_BY_CODE, type Reason } from "@/server/domain/reasons";
import { reasonsInForce } from "./period-reasons";

// A decision during the period says the windows the engine used on the report's day (the 12 whole months before the
// month the change was reported in), never "the month of application", and the months its amount is in force.

const engine = (code: Reason["code"], facts: Reason["evidence"]["facts"]): Reason => ({
  code,
  kind: REASON_KIND_BY_CODE[code],
  evidence: { sources: [], facts },
});

const deal = engine("LARGE_TRANSACTION", {
  kind: "PURCHASE",
  date: "2026-02-14",
  amountQepik: 4_000_000,
  limitQepik: 3_600_000,
  multiple: 12,
  description: "car",
});
const car = engine("MOTOR_VEHICLE", { registration: "10-AB-123", relation: "OWNS" });
const inForce = { from: "2026-07-01", to: "2027-04-30", reassessedOn: "2026-06-10" };

describe("reasonsInForce", () => {
  it("words a reassessment's LARGE_TRANSACTION from the report's month, in the three languages", () => {
    const [restated, kept] = reasonsInForce(explainReasons([deal, car], new Map()), inForce);
    expect(restated?.evidence.facts).toMatchObject({ date: "2026-02-14", reassessedOn: "2026-06-10" });
    expect(restated?.message.en).toMatch(
      /^In the 12 calendar months before the month in which the change was reported, /,
    );
    expect(restated?.message.ru).toMatch(/^За 12 календарных месяцев до месяца, в котором сообщено об изменении, /);
    expect(restated?.message.az).toMatch(/^Dəyişiklik barədə məlumat verildiyi aydan əvvəlki 12 təqvim ayında /);
    for (const text of Object.values(restated?.message ?? {})) {
      expect(text).not.toMatch(/month of application|месяца обращения|Müraciət ayından|day of application/);
    }
    // A reason that names no window is kept as it is.
    expect(kept).toEqual(explainReasons([car], new Map())[0]);
  });

  it("leaves a first decision's LARGE_TRANSACTION naming the month of application, and only that window", () => {
    const [first] = explainReasons([deal], new Map());
    expect(first?.message.en).toMatch(/^In the 12 calendar months before the month of application, the family made/);
    // The engine looks at the 12 whole months only (rules/transactions-and-costs.ts): not the application month.
    expect(first?.message.en).not.toContain("day of application");
    expect(first?.message.ru).not.toContain("до дня обращения");
    expect(first?.message.az).not.toContain("müraciət gününədək");
  });

  it("states LOW_INCOME_ASSIGNED for the months in force, and restates a reason already restated the same way", () => {
    const assigned = engine("LOW_INCOME_ASSIGNED", {
      memberCount: 3,
      needCriterionQepik: 30_000,
      thresholdQepik: 90_000,
      averageIncomeQepik: 40_000,
      amountQepik: 50_000,
      periodFrom: "2026-06-01",
      periodTo: "2027-05-31",
    });
    const once = reasonsInForce(explainReasons([assigned, deal], new Map()), inForce);
    expect(once[0]?.evidence.facts).toMatchObject({ periodFrom: "2026-07-01", periodTo: "2027-04-30" });
    expect(once[0]?.message.en).toContain("before the month in which the change was reported");
    expect(reasonsInForce(once, inForce)).toEqual(once);
  });
});
