import { describe, expect, it } from "vitest";
import { SEED_HOLIDAYS } from "../data/holidays";
import { firstWorkingDayOfMonth, isPayrollDay, payrollDayOf } from "./payroll-day";
import { replanEntitlements } from "./replan";
import { monthsOfPeriod, planEntitlements, type Entitlement } from "./schedule";
import { resumptionMonth, stopForNoWithdrawal } from "./withdrawal-stop";

const march = { outcome: "ASSIGN" as const, amountQepik: 12_000, periodFrom: "2026-03-01", periodTo: "2027-02-28" };

describe("the assistance year's months", () => {
  it("plans 12 Baku calendar months from the month of application, each at the assigned amount", () => {
    const months = planEntitlements(march);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2026-03", amountQepik: 12_000, status: "PLANNED" });
    expect(months.at(-1)?.month).toBe("2027-02");
    expect(monthsOfPeriod("2026-12-01", "2027-01-31")).toEqual(["2026-12", "2027-01"]);
  });
  it("plans nothing for a refusal or an assignment without an amount", () => {
    expect(planEntitlements({ ...march, outcome: "REFUSE" })).toEqual([]);
    expect(planEntitlements({ ...march, amountQepik: null })).toEqual([]);
    expect(planEntitlements({ ...march, periodTo: null })).toEqual([]);
  });
});

describe("a later decision re-plans the months from its effective month", () => {
  const paidThrough = (last: string): Entitlement[] =>
    planEntitlements(march).map((e) => (e.month <= last ? { ...e, status: "CREDITED" } : e));

  it("raises the amount of unpaid months and pays the months already paid short once, as arrears", () => {
    const replan = replanEntitlements(paidThrough("2026-04"), { ...march, amountQepik: 15_000 }, "2026-04");
    expect(replan.arrearsQepik).toBe(3_000); // April only: March is before the effective month
    expect(replan.changed).toHaveLength(10);
    expect(replan.changed[0]).toEqual({ month: "2026-05", amountQepik: 15_000 });
    expect(replan.cancelled).toEqual([]);
  });
  it("never claws back: a lower amount changes unpaid months only", () => {
    const replan = replanEntitlements(paidThrough("2026-05"), { ...march, amountQepik: 9_000 }, "2026-04");
    expect(replan.arrearsQepik).toBe(0);
    expect(replan.changed.map((c) => c.month)[0]).toBe("2026-06");
  });
  it("a refusal or an earlier period end cancels the unpaid months from its month, and a stopped month stays unpaid at the new amount", () => {
    const current = paidThrough("2026-05").map((e) =>
      e.month === "2026-06" ? { ...e, status: "STOPPED" as const } : e,
    );
    const refusal = replanEntitlements(current, { ...march, outcome: "REFUSE" }, "2026-07");
    expect(refusal.cancelled).toEqual([
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
    const shorter = replanEntitlements(current, { ...march, periodTo: "2026-09-30", amountQepik: 14_000 }, "2026-06");
    expect(shorter.cancelled).toEqual(["2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]);
    // June stays stopped (no back pay) but carries the new amount, for a resumption.
    expect(shorter.changed).toEqual(
      ["2026-06", "2026-07", "2026-08", "2026-09"].map((month) => ({ month, amountQepik: 14_000 })),
    );
  });
  it("a refusal turned into an assignment adds its months, with no arrears for months nothing was paid", () => {
    const replan = replanEntitlements([], march, null);
    expect(replan.added).toHaveLength(12);
    expect(replan.arrearsQepik).toBe(0);
  });
  it("is idempotent: re-planning to the schedule it produced changes nothing", () => {
    const after = planEntitlements({ ...march, amountQepik: 15_000 });
    expect(replanEntitlements(after, { ...march, amountQepik: 15_000 }, "2026-04")).toEqual({
      changed: [],
      cancelled: [],
      added: [],
      revived: [],
      arrearsQepik: 0,
    });
  });
  it("an appeal won against an ending pays again the months that ending cancelled, and only those", () => {
    // Paid to May; the change decision from July ended the assistance; August was a rejected month staff cancelled
    // before (not the ending's doing), so it is not in the overturned set.
    const ended = paidThrough("2026-05").map((e) =>
      e.month >= "2026-07" ? { ...e, status: "CANCELLED" as const } : e,
    );
    const overturned = new Set(["2026-07", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"]);
    const answer = replanEntitlements(ended, { ...march, amountQepik: 13_000 }, "2026-07", overturned);
    expect(answer.revived).toEqual([...overturned].map((month) => ({ month, amountQepik: 13_000 })));
    expect(answer.added).toEqual([]);
    expect(answer.cancelled).toEqual([]);
    // Without the overturned set (a renewal took the months over) nothing comes back.
    expect(replanEntitlements(ended, { ...march, amountQepik: 13_000 }, "2026-07").revived).toEqual([]);
    // An answer that upholds the ending pays nothing again.
    expect(replanEntitlements(ended, { ...march, outcome: "REFUSE" }, "2026-07", overturned).revived).toEqual([]);
  });
});

describe("the 2-month stop", () => {
  it("stops after month 3 when only month 1 was withdrawn", () => {
    const paid = [
      { month: "2026-03", withdrawn: true },
      { month: "2026-04", withdrawn: false },
      { month: "2026-05", withdrawn: false },
    ];
    expect(stopForNoWithdrawal(paid.slice(0, 2), "2026-05")).toBeNull();
    expect(stopForNoWithdrawal(paid, "2026-06")).toBe("2026-06");
  });
  it("does not stop when a month was withdrawn or when the two months were not consecutive payments", () => {
    expect(
      stopForNoWithdrawal(
        [
          { month: "2026-04", withdrawn: false },
          { month: "2026-05", withdrawn: true },
        ],
        "2026-06",
      ),
    ).toBeNull();
    expect(
      stopForNoWithdrawal(
        [
          { month: "2026-03", withdrawn: false },
          { month: "2026-05", withdrawn: false },
        ],
        "2026-06",
      ),
    ).toBeNull();
  });
  it("resumes from the month after the request, within the period", () => {
    expect(resumptionMonth("2026-07", "2026-06", "2027-02")).toBe("2026-08");
    expect(resumptionMonth("2027-02", "2026-06", "2027-02")).toBeNull();
  });
});

describe("the payroll day", () => {
  it("is the month's first working day by the holiday table", () => {
    expect(firstWorkingDayOfMonth("2027-01", SEED_HOLIDAYS)).toBe("2027-01-05");
    expect(firstWorkingDayOfMonth("2026-03", SEED_HOLIDAYS)).toBe("2026-03-02");
    expect(isPayrollDay("2027-01-05", SEED_HOLIDAYS)).toBe(true);
    expect(isPayrollDay("2027-01-04", SEED_HOLIDAYS)).toBe(false);
  });
  it("is unknown in a year the table does not cover, never guessed", () => {
    // 2024-01-01 was a holiday and 3 January 2028 is a Monday the Cabinet may yet make a day off.
    expect(payrollDayOf("2024-01", SEED_HOLIDAYS)).toBeNull();
    expect(payrollDayOf("2028-01", SEED_HOLIDAYS)).toBeNull();
    expect(isPayrollDay("2028-01-03", SEED_HOLIDAYS)).toBe(false);
    expect(payrollDayOf("2027-12", SEED_HOLIDAYS)).toBe("2027-12-01");
  });
});
