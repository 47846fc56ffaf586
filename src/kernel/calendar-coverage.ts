import { dayNumber, type IsoDate } from "@/kernel/calendar-date";

/** How long before the calendar's last covered day the administrators are warned to enter the next year. */
export const CALENDAR_WARNING_DAYS = 90;

/**
 * The warning to show when the holiday table ends within 90 days of today: a year counts as covered when it has
 * any entered day off, so the last covered day is 31 December of the latest such year. Null when far enough.
 */
export function calendarWarning(
  holidayDates: IsoDate[],
  today: IsoDate,
): { lastCoveredDay: IsoDate; daysLeft: number } | null {
  if (holidayDates.length === 0) return { lastCoveredDay: today, daysLeft: 0 };
  const lastYear = Math.max(...holidayDates.map((d) => Number(d.slice(0, 4))));
  const lastCoveredDay = `${lastYear}-12-31`;
  const daysLeft = dayNumber(lastCoveredDay) - dayNumber(today);
  return daysLeft <= CALENDAR_WARNING_DAYS ? { lastCoveredDay, daysLeft: Math.max(daysLeft, 0) } : null;
}
