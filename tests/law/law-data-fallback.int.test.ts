import { describe, expect, it } from "vitest";
import { parameterOn } from "@/server/domain/parameters";
import { SEED_PARAMETERS } from "@/server/domain/data/parameters";
import { loadParameterSet, parameterValueOn } from "@/server/services/law/law-data";
import { migratedDbPerFile } from "../support/test-db";

// Both lookups of the law's parameters follow one rule: the administrators' table first, the law's values shipped
// with the code only for a code the table holds no row of (a database seeded before that parameter existed).
const testDb = migratedDbPerFile("lawdata");

describe("the law's parameters, read from the table with the shipped law behind it", () => {
  it("an empty table reads as the shipped law in both lookups", async () => {
    const { db } = testDb.current();
    const set = await loadParameterSet(db);
    expect(parameterOn("NEED_CRITERION", "2026-06-01", set)).toEqual(
      parameterOn("NEED_CRITERION", "2026-06-01", SEED_PARAMETERS),
    );
    expect(await parameterValueOn(db, "ADULT_AGE", "2026-06-01")).toBe(
      parameterOn("ADULT_AGE", "2026-06-01", SEED_PARAMETERS)?.value,
    );
  });

  it("a code the table holds wins whole: its rows, not the shipped ones, answer for every date", async () => {
    const { db } = testDb.current();
    await db.parameter.create({
      data: {
        code: "NEED_CRITERION",
        validFrom: new Date("2020-01-01T00:00:00Z"),
        value: 12_345,
        unit: "QEPIK_PER_PERSON_PER_MONTH",
        legalReference: "test row",
      },
    });
    const set = await loadParameterSet(db);
    expect(parameterOn("NEED_CRITERION", "2026-06-01", set)?.value).toBe(12_345);
    expect(set.NEED_CRITERION?.values).toHaveLength(1);
    expect(await parameterValueOn(db, "NEED_CRITERION", "2026-06-01")).toBe(12_345);
    // Other codes still come from the shipped law.
    expect(parameterOn("ADULT_AGE", "2026-06-01", set)).toEqual(
      parameterOn("ADULT_AGE", "2026-06-01", SEED_PARAMETERS),
    );
  });
});
