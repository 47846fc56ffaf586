import { describe, expect, it } from "vitest";
import { addMonths, ageInYearsOn, dayNumber, fromDayNumber, isIsoDate, isoWeekday } from "@/kernel/calendar-date";
import { SEED_HOLIDAYS } from "./data/holidays";
import { assignmentPeriod } from "./rules/assignment-period";
import { incomeWindow } from "./rules/income";
import {
  addWorkingDays,
  decisionDeadline,
  decisionDeadlineChecked,
  isPeriodConfirmed,
  isWorkingDay,
} from "./working-days";

describe("calendar dates", () => {
  it("round-trips day numbers across leap years and centuries", () => {
    for (const d of ["1970-01-01", "2000-02-29", "1900-03-01", "2024-12-31", "2027-05-17"])
      expect(fromDayNumber(dayNumber(d))).toBe(d);
    expect(dayNumber("1970-01-01")).toBe(0);
  });
  it("rejects dates that do not exist", () => {
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2024-13-01")).toBe(false);
  });
  it("knows the weekday", () => {
    expect(isoWeekday("2026-03-19")).toBe(4);
    expect(isoWeekday("2027-01-02")).toBe(6);
  });
  it("adds months clamping to the month's end", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2025-06-01", 12)).toBe("2026-06-01");
  });
  it("counts a 29 February birthday as reached on 1 March", () => {
    expect(ageInYearsOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageInYearsOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});

describe("periods", () => {
  it("takes the 12 whole months before the month of application", () => {
    expect(incomeWindow("2020-03-15")).toEqual({ from: "2019-03", to: "2020-02" });
    expect(incomeWindow("2026-01-01")).toEqual({ from: "2025-01", to: "2025-12" });
  });
  it("assigns 12 months from the 1st of the month of application", () => {
    expect(assignmentPeriod("2020-03-15")).toEqual({ from: "2020-03-01", to: "2021-02-28" });
    expect(assignmentPeriod("2023-03-31")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
  });
});

describe("working days", () => {
  it("skips weekends, holidays and transferred days off", () => {
    expect(isWorkingDay("2026-03-19", SEED_HOLIDAYS)).toBe(true);
    for (const d of ["2026-03-20", "2026-03-25", "2026-03-27", "2026-03-30", "2026-03-28"])
      expect(isWorkingDay(d, SEED_HOLIDAYS)).toBe(false);
    expect(isWorkingDay("2026-03-31", SEED_HOLIDAYS)).toBe(true);
  });
  it("treats the 2025 swapped days as the Cabinet decided (10 March and 1 April worked, 27–28 March off)", () => {
    expect(isWorkingDay("2025-03-10", SEED_HOLIDAYS)).toBe(true);
    expect(isWorkingDay("2025-04-01", SEED_HOLIDAYS)).toBe(true);
    expect(isWorkingDay("2025-03-27", SEED_HOLIDAYS)).toBe(false);
  });
  it("honours a weekend day made working", () => {
    const calendar = {
      coveredYears: [2026],
      entries: [{ date: "2026-03-28", kind: "WORKING_WEEKEND_DAY" as const, name: "swap", legalReference: "test" }],
    };
    expect(isWorkingDay("2026-03-28", calendar)).toBe(true);
  });
  it("puts the decision 15 working days after the application", () => {
    expect(decisionDeadline("2026-03-19", SEED_HOLIDAYS, 15)).toBe("2026-04-20");
    expect(decisionDeadline("2026-04-15", SEED_HOLIDAYS, 15)).toBe("2026-05-06");
    expect(decisionDeadline("2026-12-24", SEED_HOLIDAYS, 15)).toBe("2027-01-19"); // 31 Dec, 1 Jan and 4 Jan 2027 (for Sat 2 Jan) are off
    expect(addWorkingDays("2026-04-17", 0, SEED_HOLIDAYS)).toBe("2026-04-17");
  });
  it("counts Monday–Friday through a year the table does not cover and marks the deadline not confirmed", () => {
    // 2028-01-03 is a Monday; with no 2028 table, 15 working days are three plain weeks.
    expect(decisionDeadlineChecked("2028-01-03", SEED_HOLIDAYS, 15)).toEqual({
      dueOn: "2028-01-24",
      calendarConfirmed: false,
    });
    expect(isWorkingDay("2028-01-01", SEED_HOLIDAYS)).toBe(false); // a Saturday
    expect(isWorkingDay("2028-01-03", SEED_HOLIDAYS)).toBe(true);
    expect(decisionDeadlineChecked("2020-03-10", SEED_HOLIDAYS, 15).calendarConfirmed).toBe(false);
  });
  it("marks a deadline that crosses into an uncovered year not confirmed, though it starts in a covered one", () => {
    const counted = decisionDeadlineChecked("2027-12-20", SEED_HOLIDAYS, 15);
    expect(counted.calendarConfirmed).toBe(false);
    expect(counted.dueOn.startsWith("2028-01")).toBe(true);
    expect(isPeriodConfirmed("2027-12-01", "2027-12-31", SEED_HOLIDAYS)).toBe(true);
  });
  it("does not confirm a deadline counted over a holiday entered only as expected", () => {
    // 2027's Ramazan (9–10 March) is provisional in the seed: counted as off (and Novruz), but not confirmed.
    const counted = decisionDeadlineChecked("2027-02-24", SEED_HOLIDAYS, 15);
    expect(counted).toEqual({ dueOn: "2027-03-29", calendarConfirmed: false });
    expect(decisionDeadlineChecked("2027-01-20", SEED_HOLIDAYS, 15).calendarConfirmed).toBe(true);
  });
  it("confirms a deadline once the year is entered, and then honours its holidays", () => {
    const entered = {
      coveredYears: [...SEED_HOLIDAYS.coveredYears, 2028],
      entries: [
        ...SEED_HOLIDAYS.entries,
        { date: "2028-01-10", kind: "PUBLIC_HOLIDAY" as const, name: "test", legalReference: "test" },
      ],
    };
    expect(decisionDeadlineChecked("2028-01-03", entered, 15)).toEqual({
      dueOn: "2028-01-25",
      calendarConfirmed: true,
    });
  });
  it("still honours a day off already entered for a year not yet confirmed", () => {
    const partial = {
      coveredYears: [],
      entries: [
        { date: "2028-01-05", kind: "PUBLIC_HOLIDAY" as const, name: "x", legalReference: "x", provisional: true },
      ],
    };
    expect(isWorkingDay("2028-01-05", partial)).toBe(false);
    expect(addWorkingDays("2028-01-03", 2, partial)).toBe("2028-01-06");
  });
  it("marks the 2027 religious holidays provisional", () => {
    const provisional = SEED_HOLIDAYS.entries.filter((e) => e.provisional === true).map((e) => e.date);
    expect(provisional).toEqual(["2027-03-09", "2027-03-10", "2027-05-16", "2027-05-17", "2027-05-18"]);
  });
});
