import { isIsoDate } from "@/kernel/calendar-date";

// A date field people type as dd.mm.yyyy (the way dates are written in Azerbaijan), kept as an ISO calendar date
// for the server. A native date input follows the browser's own language, not the page's, so it cannot promise
// this order; a text field with this mask can.

/** The digits typed so far, with the dots put in: "1405" → "14.05", "14051988" → "14.05.1988". */
export function maskDottedDate(text: string): string {
  const digits = text.replace(/\D/g, "").slice(0, 8);
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter((p) => p.length > 0).join(".");
}

/** "14.05.1988" (or an ISO date pasted as it is) → "1988-05-14"; null when it is not a real calendar date. */
export function parseDottedDate(text: string): string | null {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * What a date field holds after a keystroke or a paste: the ISO day once the text is one (typed with dots, pasted as
 * "14.05.1988", as an ISO date, or as eight digits "14051988", read once the dots are put in), else the digits so
 * far with their dots.
 */
export function typedDateValue(text: string): string {
  const masked = maskDottedDate(text);
  return parseDottedDate(text) ?? parseDottedDate(masked) ?? masked;
}

/** "1988-05-14" → "14.05.1988"; anything else (a date still being typed) is shown as it is. */
export function formatDottedDate(value: string): string {
  if (!isIsoDate(value)) return value;
  const [y, m, d] = value.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * The example in the hint of a date field that is not a birth date (a change, a finding, a leave, the day a value
 * takes effect), where a birth date's 14.05.1988 made no sense: the page's today as typed ("07.12.2026"), or, for a
 * field whose page gives no today, the 1st of March of the year ("01.03.2026"). A year is the same on the server
 * that draws the page and in the browser that takes it over except for a moment once a year; a day would differ
 * for a moment every midnight.
 */
export function dateHintExample(day: { today: string } | { year: number }): string {
  return "today" in day ? formatDottedDate(day.today) : `01.03.${String(day.year).padStart(4, "0")}`;
}
