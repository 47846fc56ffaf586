import { describe, expect, it } from "vitest";
import { azOrdinalYear } from "./az-ordinal-year";

describe("an Azerbaijani ordinal year", () => {
  it.each([
    [2014, "2014-cü"],
    [2015, "2015-ci"],
    [2016, "2016-cı"],
    [2019, "2019-cu"],
    [2020, "2020-ci"],
    [2023, "2023-cü"],
    [2026, "2026-cı"],
    [2030, "2030-cu"],
    [2040, "2040-cı"],
    [2100, "2100-cü"],
    [2000, "2000-ci"],
  ])("%i is written %s", (year, written) => {
    expect(azOrdinalYear(year)).toBe(written);
  });
});
