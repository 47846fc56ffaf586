import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate } from "@/kernel/calendar-date";
import { SEED_PARAMETERS } from "./data/parameters";
import { PARAMETER_CODES, parameterOn, type ParameterSet } from "./parameters";
import { parametersInForce } from "./parameters-in-force";

// The engine reads parameters from the per-set table; parameterOn is the definition. The table must give its
// answer for every code on every date, on the days a value starts and the days before them in particular.

const arbDate = fc
  .record({
    year: fc.integer({ min: 2010, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(formatIsoDate);

function expectSameAsParameterOn(parameters: ParameterSet, date: string): void {
  const values = parametersInForce(parameters, date);
  for (const code of PARAMETER_CODES) expect(values[code]).toBe(parameterOn(code, date, parameters)?.value ?? null);
}

describe("parameters in force", () => {
  it("gives parameterOn's value for every code on every seed start date and the day before", () => {
    for (const definition of Object.values(SEED_PARAMETERS))
      for (const { validFrom } of definition.values) {
        expectSameAsParameterOn(SEED_PARAMETERS, validFrom);
        const day = new Date(`${validFrom}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() - 1);
        expectSameAsParameterOn(SEED_PARAMETERS, day.toISOString().slice(0, 10));
      }
  });

  it("gives parameterOn's value on any date, for sets with values in any order and repeated start dates", () => {
    const arbValues = fc.array(
      fc.record({
        validFrom: arbDate,
        value: fc.integer({ min: 0, max: 100_000 }),
        legalReference: fc.constant("test"),
      }),
      { maxLength: 6 },
    );
    const arbSet = fc.record({ need: arbValues, minimum: arbValues }).map(({ need, minimum }): ParameterSet => ({
      ...(need.length === 0
        ? {}
        : {
            NEED_CRITERION: {
              code: "NEED_CRITERION",
              unit: "QEPIK_PER_PERSON_PER_MONTH",
              description: "test",
              values: need,
            },
          }),
      SUBSISTENCE_MINIMUM: {
        code: "SUBSISTENCE_MINIMUM",
        unit: "QEPIK_PER_PERSON_PER_MONTH",
        description: "test",
        values: minimum,
      },
    }));
    fc.assert(
      fc.property(arbSet, fc.array(arbDate, { minLength: 1, maxLength: 5 }), (parameters, dates) => {
        for (const date of dates) expectSameAsParameterOn(parameters, date);
        for (const definition of Object.values(parameters))
          for (const v of definition.values) expectSameAsParameterOn(parameters, v.validFrom);
      }),
      { numRuns: 300 },
    );
  });
});
