import { describe, expect, it } from "vitest";
import { holidayYearRange } from "./holiday-year-range";

describe("the year asked for on the holiday page", () => {
  it("opens this year to ten years ahead", () => {
    expect(holidayYearRange("2026", 2026)).toEqual({ kind: "ok", year: 2026 });
    expect(holidayYearRange("2036", 2026)).toEqual({ kind: "ok", year: 2036 });
    expect(holidayYearRange(undefined, 2026)).toEqual({ kind: "none" });
  });

  it("says why another cannot be entered, with the years that can (the walk: 2025, 2040, abc)", () => {
    expect(holidayYearRange("2025", 2026)).toEqual({ kind: "past", from: 2026, to: 2036 });
    expect(holidayYearRange("2040", 2026)).toEqual({ kind: "tooFar", from: 2026, to: 2036 });
    expect(holidayYearRange("2037", 2026)).toEqual({ kind: "tooFar", from: 2026, to: 2036 });
    expect(holidayYearRange("abc", 2026)).toEqual({ kind: "notAYear", from: 2026, to: 2036 });
    expect(holidayYearRange("2030.5", 2026)).toEqual({ kind: "notAYear", from: 2026, to: 2036 });
  });
});
