import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { displayNumber, PLURAL_UNITS, storedNumber, typedParameterValue } from "./parameter-value";

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
});
