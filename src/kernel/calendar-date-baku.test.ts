import { describe, expect, it } from "vitest";
import { ageInYearsOn, bakuDate, isIsoDate } from "@/kernel/calendar-date";

describe("dates in Baku", () => {
  it("is already tomorrow in Baku at 21:00 UTC (UTC+4)", () => {
    expect(bakuDate(new Date("2026-03-02T20:00:00Z"))).toBe("2026-03-03");
    expect(bakuDate(new Date("2026-03-02T19:59:59Z"))).toBe("2026-03-02");
  });

  it.each([
    ["2008-03-03", "2026-03-03", 18],
    ["2008-03-04", "2026-03-03", 17],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
  ])("born %s, on %s: %i years old", (birth, on, age) => expect(ageInYearsOn(birth, on)).toBe(age));

  it.each(["2026-02-29", "2026-04-31", "2026-13-01", "26-01-01", ""])("refuses %s as a calendar date", (text) =>
    expect(isIsoDate(text)).toBe(false),
  );
  it("accepts 29 February of a leap year", () => expect(isIsoDate("2024-02-29")).toBe(true));
});
