import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { parameterBounds } from "@/lib/law/parameter-bounds";
import { SEED_PARAMETER_DEFINITIONS } from "@/server/domain/data/parameters";
import {
  CATALOG_EXAMPLES,
  displayNumber,
  exampleInRange,
  PLURAL_UNITS,
  storedAge,
  storedNumber,
  typedParameterValue,
  yearsAndMonths,
} from "./parameter-value";

describe("parameter values as administrators type and read them", () => {
  it("turns AZN into whole qəpik and back", () => {
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "315.50")).toBe(31_550);
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "315,5")).toBe(31_550);
    expect(displayNumber("QEPIK_PER_PERSON_PER_MONTH", 31_550)).toBe(315.5);
  });
  it("turns percent into basis points", () => {
    expect(storedNumber("BASIS_POINTS", "12.5")).toBe(1_250);
  });
  it("refuses what is not a plain number, and fractions of a count", () => {
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "abc")).toBeNull();
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "1.234")).toBeNull();
    expect(storedNumber("QEPIK_PER_PERSON_PER_MONTH", "-5")).toBeNull();
    expect(storedNumber("MONTHS", "1.5")).toBeNull();
    expect(storedNumber("MONTHS", "6")).toBe(6);
  });
  it("says a negative or overlong number is out of range, not mistyped", () => {
    expect(typedParameterValue("QEPIK_PER_PERSON_PER_MONTH", "315,50")).toEqual({ value: 31_550 });
    expect(typedParameterValue("QEPIK_PER_PERSON_PER_MONTH", "-10")).toEqual({ problem: "outOfRange" });
    expect(typedParameterValue("YEARS", "\u2212 10")).toEqual({ problem: "outOfRange" });
    expect(typedParameterValue("YEARS", "99999999999")).toEqual({ problem: "outOfRange" });
    expect(typedParameterValue("QEPIK_PER_PERSON_PER_MONTH", "99 999 999 999,00")).toEqual({ problem: "outOfRange" });
    expect(typedParameterValue("YEARS", "18.5")).toEqual({ problem: "format" });
    expect(typedParameterValue("BASIS_POINTS", "abc")).toEqual({ problem: "format" });
    expect(typedParameterValue("BASIS_POINTS", "-")).toEqual({ problem: "format" });
  });
});

describe("a pension age, stored in months, typed and read as an age", () => {
  it("takes years and the months beyond them", () => {
    expect(storedAge("65", "")).toEqual({ value: 780 });
    expect(storedAge("64", "6")).toEqual({ value: 774 });
    expect(storedAge("64", "12")).toEqual({ problem: "months" });
    expect(storedAge("64", "x")).toEqual({ problem: "months" });
    expect(storedAge("64,5", "")).toBeNull();
    expect(yearsAndMonths(774)).toEqual({ years: 64, months: 6 });
  });
});

describe("the value field's example", () => {
  const catalogs = (["az", "ru", "en"] as const).map(
    (locale) =>
      JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, `../../messages/administration/${locale}.json`), "utf8"),
      ) as { adminConsole: { propose: { examples: Record<string, string> } } },
  );

  it("is the catalog's where the catalog gives the number the code knows it by", () => {
    for (const catalog of catalogs)
      for (const [unit, stored] of Object.entries(CATALOG_EXAMPLES))
        expect(Number(catalog.adminConsole.propose.examples[unit]?.match(/^\d+/)?.[0]), unit).toBe(
          displayNumber(unit, stored),
        );
  });

  it("lies within every parameter's range (a pension age's in years: not 'e.g. 12' under 'from 600 to 900')", () => {
    expect(exampleInRange("PENSION_AGE_MEN_MONTHS", "MONTHS", parameterBounds("PENSION_AGE_MEN_MONTHS"))).toBe(63);
    expect(exampleInRange("ADULT_AGE", "YEARS", parameterBounds("ADULT_AGE"))).toBeNull();
    const outside = SEED_PARAMETER_DEFINITIONS.flatMap(({ code, unit }) => {
      const bounds = parameterBounds(code);
      if (!bounds) return [code];
      const own = exampleInRange(code, unit, bounds);
      const stored = own === null ? CATALOG_EXAMPLES[unit] : code.startsWith("PENSION_AGE_") ? own * 12 : own;
      return stored !== undefined && stored >= bounds.min && stored <= bounds.max ? [] : [`${code} ${stored}`];
    });
    expect(outside).toEqual([]);
  });
});

describe("parameter units in words", () => {
  const catalog = (locale: string) =>
    JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, `../../messages/administration/${locale}.json`), "utf8"),
    ) as AbstractIntlMessages;
  const unit = (locale: "az" | "ru" | "en", code: string, n: number) =>
    createTranslator({ locale, messages: catalog(locale), namespace: "adminConsole" as never, timeZone: "Asia/Baku" })(
      `units.${code}` as never,
      { n } as never,
    );

  it("agree with the number in Russian and English (the admin page passes these units as numbers)", () => {
    expect(PLURAL_UNITS).toEqual(new Set(["YEARS", "MONTHS", "WORKING_DAYS"]));
    expect([18, 23, 21, 8].map((n) => unit("ru", "YEARS", n))).toEqual(["18 лет", "23 года", "21 год", "8 лет"]);
    expect([1, 12, 2].map((n) => unit("ru", "MONTHS", n))).toEqual(["1 месяц", "12 месяцев", "2 месяца"]);
    expect(unit("ru", "WORKING_DAYS", 15)).toBe("15 рабочих дней");
    expect(unit("en", "YEARS", 1)).toBe("1 year");
    expect(unit("en", "WORKING_DAYS", 15)).toBe("15 working days");
    expect(unit("az", "YEARS", 23)).toBe("23 il");
  });

  it("say a pension age in years, and months when not whole", () => {
    const age = (locale: "az" | "ru" | "en", stored: number) =>
      createTranslator({
        locale,
        messages: catalog(locale),
        namespace: "adminConsole" as never,
        timeZone: "Asia/Baku",
      })("units.AGE_MONTHS" as never, yearsAndMonths(stored) as never);
    expect([780, 774, 769].map((n) => age("en", n))).toEqual(["65 years", "64 years 6 months", "64 years 1 month"]);
    expect([780, 774, 753].map((n) => age("ru", n))).toEqual(["65 лет", "64 года 6 месяцев", "62 года 9 месяцев"]);
    expect([780, 774].map((n) => age("az", n))).toEqual(["65 il", "64 il 6 ay"]);
  });
});
