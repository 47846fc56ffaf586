// Dates of law are calendar dates in Asia/Baku: a birth date "in the future" or an age of 18 must not change
// with the time zone of the phone or of the server.

const bakuDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Baku", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date (YYYY-MM-DD) in Baku at the instant `now`. */
export function bakuDate(now: Date): string {
  return bakuDay.format(now);
}

/** Completed years of age on `on`; both are YYYY-MM-DD, which compare correctly as text. */
export function ageInYears(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** True for a real calendar date written YYYY-MM-DD (no 31 April, no 29 February outside leap years). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}
