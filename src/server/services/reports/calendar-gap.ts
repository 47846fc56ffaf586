import type { IsoDate } from "@/kernel/calendar-date";
import { isPeriodConfirmed, isYearCovered, type HolidayCalendar } from "@/server/domain/working-days";

/**
 * Why the working days of a report's period are not confirmed, for the page's warning: a year of it has no holiday
 * table entered (`NOT_ENTERED`: counted Monday–Friday there), or every year is entered but a day in the period is
 * only expected (`PROVISIONAL`: a religious holiday the Cabinet has not announced yet); null when confirmed.
 */
export type CalendarGap = "NOT_ENTERED" | "PROVISIONAL" | null;

export function calendarGap(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): CalendarGap {
  if (isPeriodConfirmed(from, to, calendar)) return null;
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1)
    if (!isYearCovered(year, calendar)) return "NOT_ENTERED";
  return "PROVISIONAL";
}
