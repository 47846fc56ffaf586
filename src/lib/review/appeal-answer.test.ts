import { describe, expect, it } from "vitest";
import { appealAmountQepik, appealChangeRefusal, ZAppealAnswer } from "./appeal-answer";

describe("the appeal answer's figures", () => {
  it("gives N × C − I by the engine's rule, and nothing at or above the threshold", () => {
    expect(appealAmountQepik(4, 24_000, 40_000)).toBe(56_000);
    expect(appealAmountQepik(2, 30_000, 50_001)).toBe(9_999);
    expect(appealAmountQepik(2, 30_000, 60_000)).toBe(0);
    expect(appealAmountQepik(2, 30_000, 65_000)).toBe(0);
  });

  it("needs an answer and an explanation of at least 10 characters, and a whole non-negative income", () => {
    const base = { appealId: "a1", answer: "CHANGE", correctedIncomeQepik: null, explanation: "The car was sold." };
    expect(ZAppealAnswer.parse({ ...base, explanation: "  The car was sold.  " }).explanation).toBe(
      "The car was sold.",
    );
    const messages = (input: object) => ZAppealAnswer.safeParse(input).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...base, answer: "" })).toEqual(["errors.required"]);
    expect(messages({ ...base, explanation: "  short  " })).toEqual(["errors.appealExplanationTooShort"]);
    expect(messages({ ...base, explanation: "x".repeat(2001) })).toEqual(["errors.textTooLong"]);
    expect(messages({ ...base, correctedIncomeQepik: -1 })).toEqual(["errors.amountNegative"]);
    expect(messages({ ...base, correctedIncomeQepik: 10.5 })).toEqual(["errors.amountFormat"]);
    expect(messages({ ...base, correctedIncomeQepik: 1_000_000_001 })).toEqual(["errors.amountTooLarge"]);
  });

  it("refuses a change that assigns nothing, or that does not raise an appealed assignment", () => {
    const refusal = { outcome: "REFUSE", amountQepik: null };
    const assignment = { outcome: "ASSIGN", amountQepik: 30_000 };
    expect(appealChangeRefusal(refusal, 0)).toBe("appealAmountNotPositive");
    expect(appealChangeRefusal(refusal, 1)).toBeNull();
    expect(appealChangeRefusal(assignment, 0)).toBe("appealAmountNotPositive");
    expect(appealChangeRefusal(assignment, 29_999)).toBe("appealAmountNotHigher");
    expect(appealChangeRefusal(assignment, 30_000)).toBe("appealAmountNotHigher");
    expect(appealChangeRefusal(assignment, 30_001)).toBeNull();
  });
});
