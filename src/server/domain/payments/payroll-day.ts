import { addDays, firstDayOfMonth, lastDayOfMonth, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import { isWorkingDay, isYearCovered, type HolidayCalendar } from "../working-days";

// The payroll runs on the month's first working day in Baku (after the New Year and Novruz holidays it can be the
// 3rd or later); the holiday table decides, so a year the table does not cover is refused, never guessed: a guess
// could pay on a holiday the Cabinet has not yet announced, or before the real payroll day.

export function firstWorkingDayOfMonth(month: YearMonth, calendar: HolidayCalendar): IsoDate {
  const last = lastDayOfMonth(month);
  for (let d = firstDayOfMonth(month); d <= last; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) return d;
  throw new RangeError(`${month} has no working day`);
}

/** The month's payroll day, or null when the holiday table does not cover its year. */
export function payrollDayOf(month: YearMonth, calendar: HolidayCalendar): IsoDate | null {
  return isYearCovered(Number(month.slice(0, 4)), calendar) ? firstWorkingDayOfMonth(month, calendar) : null;
}

/** Whether `today` (a Baku date) is the payroll day of its month; the daily cron asks this and otherwise does nothing. */
export function isPayrollDay(today: IsoDate, calendar: HolidayCalendar): boolean {
  return payrollDayOf(today.slice(0, 7), calendar) === today;
}
