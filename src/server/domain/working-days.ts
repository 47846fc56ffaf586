import { z } from "zod";
import { addDays, isIsoDate, isoWeekday, type IsoDate } from "@/kernel/calendar-date";

// Working days: Monday to Friday less the public holidays and the days off that replace holidays falling on a
// weekend (Labour Code art. 105). Which days those are is decided every year by the Cabinet of Ministers, so they
// are data passed in, never computed here.

export const DAY_OFF_KINDS = [
  "PUBLIC_HOLIDAY", // a holiday named in Labour Code art. 105 (or its Cabinet-fixed date for Ramazan/Qurban)
  "TRANSFERRED_DAY_OFF", // the working day that becomes a day off because a holiday fell on a rest day or on another holiday
  "WORKING_WEEKEND_DAY", // a Saturday or Sunday the Cabinet made a working day when it swapped days
] as const;
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

export const ZCalendarEntry = z.object({
  date: z.string().refine(isIsoDate, "must be a calendar date YYYY-MM-DD"),
  kind: z.enum(DAY_OFF_KINDS),
  name: z.string().min(1),
  provisional: z.boolean().optional(),
  note: z.string().optional(),
  legalReference: z.string().min(1),
});
export type CalendarEntry = z.infer<typeof ZCalendarEntry>;

export const ZHolidayCalendar = z.object({
  /** Years whose table is complete; counting working days through any other year is refused. */
  coveredYears: z.array(z.number().int()),
  entries: z.array(ZCalendarEntry),
});
export type HolidayCalendar = z.infer<typeof ZHolidayCalendar>;

/**
 * Dates in a year the Cabinet's decision has not yet been entered for are still counted — Monday to Friday, less
 * any day off already entered for it — so scheduling and deadlines never stop; the answer is marked as not
 * confirmed (`calendarConfirmed: false`) until the year's table is entered.
 */
interface CalendarIndex {
  covered: Set<number>;
  daysOff: Set<string>;
  workingWeekend: Set<string>;
  /** Days entered as expected, not yet fixed by the Cabinet (the moving religious holidays of a coming year). */
  provisional: string[];
}

const indexCache = new WeakMap<HolidayCalendar, CalendarIndex>();

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  const cached = indexCache.get(calendar);
  if (cached !== undefined) return cached;
  const index: CalendarIndex = {
    covered: new Set(calendar.coveredYears),
    daysOff: new Set(),
    workingWeekend: new Set(),
    provisional: [],
  };
  for (const entry of calendar.entries) {
    if (entry.kind === "WORKING_WEEKEND_DAY") index.workingWeekend.add(entry.date);
    else index.daysOff.add(entry.date);
    if (entry.provisional) index.provisional.push(entry.date);
  }
  indexCache.set(calendar, index);
  return index;
}

/** Whether the year's Cabinet decision has been entered, so working days through it are confirmed. */
export function isYearCovered(year: number, calendar: HolidayCalendar): boolean {
  return indexOf(calendar).covered.has(year);
}

/**
 * Whether every year from `from` to `to` (inclusive, any order) is covered by the entered table and no day between
 * them is only expected (`provisional`): a count through a guessed holiday is not confirmed either.
 */
export function isPeriodConfirmed(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1)
    if (!isYearCovered(year, calendar)) return false;
  return !indexOf(calendar).provisional.some((day) => day >= first && day <= last);
}

/**
 * A working day is Monday–Friday that is not a holiday or transferred day off, or a weekend day made working.
 * In a year not yet covered the same test runs over whatever is entered for it (see `isPeriodConfirmed`).
 */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  const index = indexOf(calendar);
  if (index.workingWeekend.has(date)) return true;
  if (isoWeekday(date) >= 6) return false;
  return !index.daysOff.has(date);
}

/**
 * The date on which `count` working days have passed after `date` (the day itself is not counted, as a
 * period "within N days of" an event starts the day after it). count = 0 returns the date unchanged.
 */
export function addWorkingDays(date: IsoDate, count: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`working-day count must be a whole number ≥ 0, got ${count}`);
  let current = date;
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) remaining -= 1;
  }
  return current;
}

export interface CountedDeadline {
  dueOn: IsoDate;
  /** False when the count ran through a year whose holidays are not entered yet: shown "calendar not confirmed". */
  calendarConfirmed: boolean;
}

/** The decision deadline and whether the calendar it was counted on is confirmed; never throws on a date. */
export function decisionDeadlineChecked(
  applicationDate: IsoDate,
  calendar: HolidayCalendar,
  /** The parameter DECISION_DEADLINE_WORKING_DAYS in force on the application date (15 since 2016). */
  workingDays: number,
): CountedDeadline {
  const dueOn = decisionDeadline(applicationDate, calendar, workingDays);
  return { dueOn, calendarConfirmed: isPeriodConfirmed(applicationDate, dueOn, calendar) };
}

const deadlineCache = new WeakMap<HolidayCalendar, Map<string, IsoDate>>();

export function decisionDeadline(applicationDate: IsoDate, calendar: HolidayCalendar, workingDays: number): IsoDate {
  // Memoised per calendar object: the answer depends only on the arguments (calendars are treated as immutable).
  let cache = deadlineCache.get(calendar);
  if (cache === undefined) {
    cache = new Map();
    deadlineCache.set(calendar, cache);
  }
  const key = `${applicationDate}|${workingDays}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const deadline = addWorkingDays(applicationDate, workingDays, calendar);
  cache.set(key, deadline);
  return deadline;
}
