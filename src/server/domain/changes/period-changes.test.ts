import { describe, expect, it } from "vitest";
import { barHolds, effectiveFromAfter, falseInformationBarEndsOn, reassessedAssignment } from "./period-changes";

describe("decisions during the period", () => {
  it("take effect on the 1st of the next month, across a year end", () => {
    expect(effectiveFromAfter("2026-03-15")).toBe("2026-04-01");
    expect(effectiveFromAfter("2026-03-01")).toBe("2026-04-01");
    expect(effectiveFromAfter("2026-12-31")).toBe("2027-01-01");
  });

  it("bar the family for 12 months from the finding, to the same calendar day", () => {
    expect(falseInformationBarEndsOn("2026-05-10", 12)).toBe("2027-05-10");
    // 29 February has no twin a year later: the bar ends on the month's last day.
    expect(falseInformationBarEndsOn("2028-02-29", 12)).toBe("2029-02-28");
    expect(barHolds("2027-05-10", "2027-05-09")).toBe(true);
    expect(barHolds("2027-05-10", "2027-05-10")).toBe(false);
  });

  it("keep the running period for a new amount, end it by a refusal, and change nothing after the period", () => {
    const running = { periodFrom: "2026-03-01", periodTo: "2027-02-28" };
    expect(reassessedAssignment(running, { outcome: "ASSIGN", amountQepik: 12_300 }, "2026-06-20")).toEqual({
      outcome: "ASSIGN",
      amountQepik: 12_300,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      effectiveFrom: "2026-07-01",
    });
    expect(reassessedAssignment(running, { outcome: "REFUSE", amountQepik: null }, "2026-06-20")).toEqual({
      outcome: "REFUSE",
      effectiveFrom: "2026-07-01",
    });
    expect(reassessedAssignment(running, { outcome: "ASSIGN", amountQepik: 0 }, "2026-06-20")).toEqual({
      outcome: "REFUSE",
      effectiveFrom: "2026-07-01",
    });
    expect(reassessedAssignment(running, { outcome: "ASSIGN", amountQepik: 100 }, "2027-02-10")).toEqual({
      outcome: "NONE",
    });
  });
});
