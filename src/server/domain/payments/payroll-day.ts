import { addDays, firstDayOfMonth, lastDayOfMonth, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import { isWorkingDay, type HolidayCalendar } from "../working-days";

// The payroll runs on the month's first working day in Baku (after the New Year and Novruz holidays it can be the
// 3rd or later); the holiday table decides, so a year the table does not cover is refused, never guessed.

export function firstWorkingDayOfMonth(month: YearMonth, calendar: HolidayCalendar): IsoDate {
  const last = lastDayOfMonth(month);
  for (let d = firstDayOfMonth(month); d <= last; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) return d;
  throw new RangeError(`${month} has no working day`);
}

/** Whether `today` (a Baku date) is the payroll day of its month; the daily cron asks this and otherwise does nothing. */
export function isPayrollDay(today: IsoDate, calendar: HolidayCalendar): boolean {
  return firstWorkingDayOfMonth(today.slice(0, 7), calendar) === today;
}
