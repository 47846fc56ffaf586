import { describe, expect, it } from "vitest";
import { SEED_HOLIDAYS } from "@/server/domain/data/holidays";
import { calendarGap } from "./calendar-gap";

describe("calendarGap", () => {
  it("is null over days the entered calendar confirms", () => {
    expect(calendarGap("2027-12-01", "2027-12-31", SEED_HOLIDAYS)).toBeNull();
  });
  it("says 'provisional' for an entered year whose period holds a holiday only expected (2027's Ramazan)", () => {
    expect(calendarGap("2027-03-01", "2027-03-31", SEED_HOLIDAYS)).toBe("PROVISIONAL");
  });
  it("says 'not entered' when a year of the period has no table, even beside provisional days", () => {
    expect(calendarGap("2028-01-01", "2028-01-31", SEED_HOLIDAYS)).toBe("NOT_ENTERED");
    expect(calendarGap("2027-03-01", "2028-01-31", SEED_HOLIDAYS)).toBe("NOT_ENTERED");
    const without2027 = {
      coveredYears: SEED_HOLIDAYS.coveredYears.filter((y) => y !== 2027),
      entries: SEED_HOLIDAYS.entries.filter((e) => !e.date.startsWith("2027")),
    };
    expect(calendarGap("2027-12-01", "2027-12-31", without2027)).toBe("NOT_ENTERED");
  });
});
