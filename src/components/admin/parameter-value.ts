import { typedQepik } from "@/lib/i18n/typed-manat";

/** Units shown with a word that agrees with the number (ICU plural), so they are given as numbers, not text. */
export const PLURAL_UNITS: ReadonlySet<string> = new Set(["YEARS", "MONTHS", "WORKING_DAYS"]);

/** Money parameters are stored in qəpik (1 AZN = 100 qəpik) and shares in basis points (1 % = 100). */
export function displayNumber(unit: string, value: number): number {
  if (unit === "QEPIK_PER_PERSON_PER_MONTH") return value / 100;
  if (unit === "BASIS_POINTS") return value / 100;
  return value;
}

/** Whether the unit is typed with decimals (AZN and percent, to two places); the others are whole numbers. */
export function takesDecimals(unit: string): boolean {
  return unit === "QEPIK_PER_PERSON_PER_MONTH" || unit === "BASIS_POINTS";
}

/** The stored whole number for what the administrator typed (AZN, percent or a plain number); null if not valid. */
export function storedNumber(unit: string, typed: string): number | null {
  // AZN and percent both have two decimals: 315,50 AZN is 31550 qəpik as 2,5 % is 250 basis points.
  if (takesDecimals(unit)) return typedQepik(typed);
  const text = typed.trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/**
 * What the administrator typed, as a stored number or why it is none. "-10" and "99999999999" are numbers, only
 * out of any parameter's range: saying "enter the value as a number" of them read as if they had been mistyped.
 */
export function typedParameterValue(
  unit: string,
  typed: string,
): { value: number } | { problem: "outOfRange" | "format" } {
  const text = typed.trim();
  const value = storedNumber(unit, text);
  if (value !== null) return { value };
  const unsigned = text.replace(/^[-\u2212\u2013]\s*/, "");
  if (unsigned !== text && storedNumber(unit, unsigned) !== null) return { problem: "outOfRange" };
  // Digits (grouped or not) beyond what storedNumber reads: larger than any range.
  if (/^[\d\s\u00a0.,]+$/.test(unsigned) && unsigned.replace(/\D/g, "").length >= 10) return { problem: "outOfRange" };
  return { problem: "format" };
}

/**
 * The pension ages: stored in months, as the law raises them by half-years, but said and typed as an age in years
 * and months ("64 years 6 months", never "774 months"). Other month-valued parameters are periods, in months.
 */
export function isAgeInMonths(code: string): boolean {
  return code === "PENSION_AGE_MEN_MONTHS" || code === "PENSION_AGE_WOMEN_MONTHS";
}

/** An age stored in months as whole years and the months beyond (780 → 65 years 0 months). */
export function yearsAndMonths(stored: number): { years: number; months: number } {
  return { years: Math.floor(stored / 12), months: stored % 12 };
}

/** The stored age for the years and months typed (the months field may be left empty); null if not valid. */
export function storedAge(typedYears: string, typedMonths: string): { value: number } | { problem: "months" } | null {
  const years = storedNumber("YEARS", typedYears);
  const monthsText = typedMonths.trim();
  const months = monthsText === "" ? 0 : storedNumber("MONTHS", monthsText);
  if (months === null || months > 11) return { problem: "months" };
  return years === null ? null : { value: years * 12 + months };
}

/**
 * The stored value of each unit's example in the catalogs (`adminConsole.propose.examples`, its first number):
 * the hint gives it only where the parameter's range holds it.
 */
export const CATALOG_EXAMPLES: Readonly<Record<string, number>> = {
  QEPIK_PER_PERSON_PER_MONTH: 31_500,
  BASIS_POINTS: 200,
  MULTIPLE: 12,
  COUNT: 3,
  YEARS: 18,
  MONTHS: 12,
  BOOLEAN: 1,
  WORKING_DAYS: 15,
};

/**
 * The example the value field's hint gives, as a number in the unit typed (years for a pension age), when the
 * catalog's example for the unit lies outside the parameter's range ("e.g. 12" under "from 600 to 900"): the
 * middle of the range, in whole units typed. Null where the catalog's example fits, or the range is not known.
 */
export function exampleInRange(code: string, unit: string, bounds: { min: number; max: number } | null): number | null {
  if (!bounds) return null;
  const step = isAgeInMonths(code) ? 12 : takesDecimals(unit) ? 100 : 1;
  const catalog = isAgeInMonths(code) ? undefined : CATALOG_EXAMPLES[unit];
  if (catalog !== undefined && catalog >= bounds.min && catalog <= bounds.max) return null;
  const middle = Math.round((bounds.min + bounds.max) / 2 / step) * step;
  return Math.min(Math.max(middle, Math.ceil(bounds.min / step) * step), bounds.max) / step;
}
