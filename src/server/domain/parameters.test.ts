import { describe, expect, it } from "vitest";
import { SEED_PARAMETER_DEFINITIONS, SEED_PARAMETERS } from "./data/parameters";
import { parameterOn, parseParameterSet } from "./parameters";

describe("dated parameters", () => {
  it("takes the value in force on the date", () => {
    expect(parameterOn("NEED_CRITERION", "2019-12-31", SEED_PARAMETERS)?.value).toBe(14300);
    expect(parameterOn("NEED_CRITERION", "2020-01-01", SEED_PARAMETERS)?.value).toBe(16000);
    expect(parameterOn("NEED_CRITERION", "2016-07-01", SEED_PARAMETERS)?.value).toBe(10500);
    expect(parameterOn("PENSION_AGE_WOMEN_MONTHS", "2026-04-15", SEED_PARAMETERS)?.value).toBe(774);
  });
  it("returns null before the first value instead of guessing", () => {
    expect(parameterOn("NEED_CRITERION", "2013-12-31", SEED_PARAMETERS)).toBeNull();
    expect(parameterOn("SUBSISTENCE_MINIMUM", "2022-12-31", SEED_PARAMETERS)).toBeNull();
  });
  it("equals the subsistence minimum from 2023", () => {
    for (const date of ["2023-01-01", "2024-06-01", "2025-06-01", "2026-06-01"]) {
      expect(parameterOn("NEED_CRITERION", date, SEED_PARAMETERS)?.value).toBe(
        parameterOn("SUBSISTENCE_MINIMUM", date, SEED_PARAMETERS)?.value,
      );
    }
  });
  it("seeds data a database round-trip can parse back", () => {
    const parsed = parseParameterSet(JSON.parse(JSON.stringify(SEED_PARAMETER_DEFINITIONS)));
    expect(parsed).toEqual(SEED_PARAMETERS);
  });
  it("a changed value changes the decision without a code change", () => {
    const raised = {
      ...SEED_PARAMETERS,
      NEED_CRITERION: {
        ...SEED_PARAMETERS.NEED_CRITERION!,
        values: [
          ...SEED_PARAMETERS.NEED_CRITERION!.values,
          { validFrom: "2026-07-01", value: 32000, legalReference: "test" },
        ],
      },
    };
    expect(parameterOn("NEED_CRITERION", "2026-07-01", raised)?.value).toBe(32000);
  });
});
