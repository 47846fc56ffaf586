// The formats of a FIN and of an Azerbaijani mobile number, with no dependency: the browser bundles this
// without a validation library. identity.ts builds the shared zod schemas on it.

/** FIN: the 7-character personal identification number on an Azerbaijani ID card, letters and digits. */
export const FIN_PATTERN = /^[0-9A-Z]{7}$/;

export function normalizeFin(raw: string): string {
  return raw.trim().toUpperCase();
}

// Mobile operator prefixes in Azerbaijan (Azercell 50/51/10, Bakcell 55/99, Nar 70/77, Naxtel 60).
const MOBILE_PREFIXES = new Set(["10", "50", "51", "55", "60", "70", "77", "99"]);

/**
 * Accepts +994 XX XXX XX XX, 994XXXXXXXXX, 0XX XXX XX XX and XX XXX XX XX with spaces, dashes or brackets,
 * and returns E.164 (+994XXXXXXXXX), or null when it is not an Azerbaijani mobile number.
 */
export function normalizeAzPhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, "");
  const m = /^(?:\+?994|0)?(\d{9})$/.exec(digits);
  if (!m?.[1]) return null;
  const national = m[1];
  return MOBILE_PREFIXES.has(national.slice(0, 2)) ? `+994${national}` : null;
}

/** An Azerbaijani mobile number as people write and read it aloud, "+994 50 900 00 03"; any other text as it is. */
export function groupPhone(phone: string): string {
  const m = /^\+994(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(phone);
  return m ? `+994 ${m[1]} ${m[2]} ${m[3]} ${m[4]}` : phone;
}

/** Shows only the last two digits: codes go to this number, and the screen may be seen by others. */
export function maskPhone(phone: string): string {
  return `${phone.slice(0, 4)} ** *** ** ${phone.slice(-2)}`;
}
