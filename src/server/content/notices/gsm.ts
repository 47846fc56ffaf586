// SMS encoding arithmetic (3GPP TS 23.038). A text made only of the GSM-7 alphabet costs 160 characters in
// one segment (153 per segment when split); one other character turns the whole text into UCS-2, 70 (67).

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// Characters of the extension table, each sent as an escape plus the character: they count twice.
const EXTENSION = "^{}\\[~]|€\f";

const basicSet = new Set(BASIC);
const extensionSet = new Set(EXTENSION);

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicSet.has(ch) && !extensionSet.has(ch)) return false;
  return true;
}

export interface SmsSize {
  encoding: "GSM-7" | "UCS-2";
  units: number;
  segments: number;
}

export function smsSize(text: string): SmsSize {
  if (isGsm7(text)) {
    let units = 0;
    for (const ch of text) units += extensionSet.has(ch) ? 2 : 1;
    return { encoding: "GSM-7", units, segments: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  // UCS-2 counts UTF-16 code units; a character outside the BMP takes two.
  const units = text.length;
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}

// Azerbaijani letters outside GSM-7 and their customary plain-Latin spellings in SMS; ö, ü, Ö, Ü and Ç are in
// the GSM alphabet and stay.
const LATIN_FALLBACK: Record<string, string> = {
  ə: "e",
  Ə: "E",
  ş: "s",
  Ş: "S",
  ç: "c",
  ğ: "g",
  Ğ: "G",
  ı: "i",
  İ: "I",
  // Typography a template or a bank's address may carry.
  "«": '"',
  "»": '"',
  "“": '"',
  "”": '"',
  "„": '"',
  "‘": "'",
  "’": "'",
  "–": "-",
  "—": "-",
  "…": "...",
  "№": "N",
  "\u00a0": " ",
};

/**
 * Rewrites a Latin-script text into the GSM-7 alphabet where a customary spelling exists, so an Azerbaijani or
 * English SMS costs 160 characters a segment instead of 70. Letters with no plain spelling are left as they are.
 */
export function toGsmLatin(text: string): string {
  let out = "";
  for (const ch of text) out += LATIN_FALLBACK[ch] ?? ch;
  return out;
}
