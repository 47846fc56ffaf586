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
