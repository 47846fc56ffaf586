import { describe, expect, it } from "vitest";
import { SEED_PARAMETER_DEFINITIONS } from "@/server/domain/data/parameters";
import { PARAMETER_CODES } from "@/server/domain/parameters";
import { parameterBounds, withinParameterBounds } from "./parameter-bounds";

describe("plausible ranges of the law's parameters", () => {
  it("has a range for every parameter", () => {
    expect(PARAMETER_CODES.filter((code) => parameterBounds(code) === null)).toEqual([]);
    expect(parameterBounds("NO_SUCH_PARAMETER")).toBeNull();
    expect(parameterBounds("toString")).toBeNull();
  });

  it("takes every value the law has had (the seeded history)", () => {
    const outside = SEED_PARAMETER_DEFINITIONS.flatMap((d) =>
      d.values.filter((v) => !withinParameterBounds(d.code, v.value)).map((v) => `${d.code} ${v.value}`),
    );
    expect(outside).toEqual([]);
  });

  it("refuses the typing errors QA recorded, and the values just outside each end", () => {
    expect(withinParameterBounds("NEED_CRITERION", 0)).toBe(false);
    expect(withinParameterBounds("ADULT_AGE", 150)).toBe(false);
    expect(withinParameterBounds("DECLARATION_REVIEW_TOLERANCE", 25_000)).toBe(false);
    expect(withinParameterBounds("NEED_CRITERION", 9_999_999_900)).toBe(false);
    expect(withinParameterBounds("NEED_CRITERION", 100)).toBe(true);
    expect(withinParameterBounds("NEED_CRITERION", 99)).toBe(false);
    expect(withinParameterBounds("NEED_CRITERION", 1_000_000)).toBe(true);
    expect(withinParameterBounds("NEED_CRITERION", 1_000_001)).toBe(false);
    expect(withinParameterBounds("DECLARATION_REVIEW_TOLERANCE", 10_000)).toBe(true);
    expect(withinParameterBounds("INCOME_COUNTED:LOAN", 2)).toBe(false);
    expect(withinParameterBounds("NO_SUCH_PARAMETER", 1)).toBe(false);
  });
});
