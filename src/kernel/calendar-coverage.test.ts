import { describe, expect, it } from "vitest";
import { calendarWarning } from "./calendar-coverage";

describe("the holiday calendar's 90-day warning", () => {
  const entered = ["2026-01-01", "2026-03-08", "2027-01-01", "2027-11-09"];

  it("is silent while the last covered day is more than 90 days away", () => {
    expect(calendarWarning(entered, "2027-10-01")).toBeNull();
  });

  it("warns from the 90th day before 31 December of the last entered year", () => {
    expect(calendarWarning(entered, "2027-10-02")).toEqual({ lastCoveredDay: "2027-12-31", daysLeft: 90 });
    expect(calendarWarning(entered, "2027-12-31")).toEqual({ lastCoveredDay: "2027-12-31", daysLeft: 0 });
  });

  it("keeps warning, at zero days, once the calendar has run out or was never entered", () => {
    expect(calendarWarning(entered, "2028-02-01")).toEqual({ lastCoveredDay: "2027-12-31", daysLeft: 0 });
    expect(calendarWarning([], "2028-02-01")).toEqual({ lastCoveredDay: "2028-02-01", daysLeft: 0 });
  });
});
