// Calendar dates of law ("YYYY-MM-DD") and months ("YYYY-MM"), computed as whole days with no time zone:
// a decision about a family in Baku must not move by a day because a server runs in UTC.
// Day numbers are days since 1970-01-01 in the proleptic Gregorian calendar.

export type IsoDate = string; // "YYYY-MM-DD"
export type YearMonth = string; // "YYYY-MM"

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * "YYYY-MM-DD" packed as year × 10000 + month × 100 + day, or -1 when it is not a real calendar date. Read by
 * character codes with no match object or record: the engine reads a birth date for every age it checks, and the
 * input guard every date it is given.
 */
function packedIsoDate(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  // A non-digit makes a part NaN, and every comparison with NaN is false.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return -1;
  return year * 10000 + month * 100 + day;
}

/** Parses "YYYY-MM-DD"; returns null when the text is not a real calendar date (e.g. 2023-02-30). */
export function parseIsoDate(text: string): CivilDate | null {
  const packed = packedIsoDate(text);
  if (packed < 0) return null;
  return { year: Math.floor(packed / 10000), month: Math.floor(packed / 100) % 100, day: packed % 100 };
}

export function isIsoDate(text: string): boolean {
  return packedIsoDate(text) >= 0;
}

export function isYearMonth(text: string): boolean {
  const m = YEAR_MONTH.exec(text);
  if (m === null) return false;
  const month = Number(m[2]);
  return month >= 1 && month <= 12;
}

function civil(text: IsoDate): CivilDate {
  const d = parseIsoDate(text);
  if (d === null) throw new RangeError(`not a calendar date: "${text}"`);
  return d;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");

export function formatIsoDate(d: CivilDate): IsoDate {
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Days since 1970-01-01 (civil-to-days over 400-year eras; exact for all Gregorian dates). */
export function dayNumber(text: IsoDate): number {
  const { year, month, day } = civil(text);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(date: IsoDate): number {
  const n = dayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Adds calendar months; a day that does not exist in the target month becomes that month's last day
 * (31 Jan + 1 month = 28/29 Feb). Used for "1 month after", "1 year from".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = civil(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

export function addMonthsToYearMonth(ym: YearMonth, months: number): YearMonth {
  const year = Number(ym.slice(0, 4));
  const month = Number(ym.slice(5, 7));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  return `${pad4(y)}-${pad2(index - y * 12 + 1)}`;
}

export function firstDayOfMonth(ym: YearMonth): IsoDate {
  return `${ym}-01`;
}

export function lastDayOfMonth(ym: YearMonth): IsoDate {
  const year = Number(ym.slice(0, 4));
  const month = Number(ym.slice(5, 7));
  return `${ym}-${pad2(daysInMonth(year, month))}`;
}

/**
 * Completed months of age on a date. A birthday that does not exist in a year (29 February) is reached on
 * 1 March, the usual civil-law reading: the person has not completed the year before the day after 28 February.
 */
export function ageInMonthsOn(birthDate: IsoDate, on: IsoDate): number {
  const b = packedIsoDate(birthDate);
  const d = packedIsoDate(on);
  if (b < 0) throw new RangeError(`not a calendar date: "${birthDate}"`);
  if (d < 0) throw new RangeError(`not a calendar date: "${on}"`);
  // Packed as year × 10000 + month × 100 + day: whole months between them, less one if the day is not reached.
  let months =
    (Math.floor(d / 10000) - Math.floor(b / 10000)) * 12 + (Math.floor(d / 100) % 100) - (Math.floor(b / 100) % 100);
  if (d % 100 < b % 100) months -= 1;
  return months;
}

export function ageInYearsOn(birthDate: IsoDate, on: IsoDate): number {
  return Math.floor(ageInMonthsOn(birthDate, on) / 12);
}

// Dates of law are calendar dates in Asia/Baku: a birth date "in the future" or an age of 18 must not change
// with the time zone of the phone or of the server.
const bakuDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Baku",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Baku at the instant `now`. */
export function bakuDate(now: Date): IsoDate {
  return bakuDay.format(now);
}
