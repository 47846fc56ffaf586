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
  const text = typed.trim().replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  const n = Number(text);
  if (unit === "QEPIK_PER_PERSON_PER_MONTH" || unit === "BASIS_POINTS") return Math.round(n * 100);
  return Number.isInteger(n) ? n : null;
}
