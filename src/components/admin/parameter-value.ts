import { typedQepik } from "@/lib/i18n/typed-manat";

/** Units shown with a word that agrees with the number (ICU plural), so they are given as numbers, not text. */
export const PLURAL_UNITS: ReadonlySet<string> = new Set(["YEARS", "MONTHS", "WORKING_DAYS"]);

/** Money parameters are stored in qəpik (1 AZN = 100 qəpik) and shares in basis points (1 % = 100). */
export function displayNumber(unit: string, value: number): number {
  if (unit === "QEPIK_PER_PERSON_PER_MONTH") return value / 100;
  if (unit === "BASIS_POINTS") return value / 100;
  return value;
}

/** The stored whole number for what the administrator typed (AZN, percent or a plain number); null if not valid. */
export function storedNumber(unit: string, typed: string): number | null {
  // AZN and percent both have two decimals: 315,50 AZN is 31550 qəpik as 2,5 % is 250 basis points.
  if (unit === "QEPIK_PER_PERSON_PER_MONTH" || unit === "BASIS_POINTS") return typedQepik(typed);
  const text = typed.trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
