import type { Db } from "@/server/db/create-client";
import { addMonthsToYearMonth, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import { payrollDayOf } from "@/server/domain/payments/payroll-day";
import { loadHolidayCalendar } from "@/server/services/law/law-data";

/**
 * What the payroll does on `today` (a Baku date): on the month's first working day, pay that month; otherwise
 * nothing. The sweep's month is the latest month whose payroll day has come (the month before, until then).
 * While the holiday table does not cover the year, the month's payroll day is unknown: nothing is paid for it,
 * and the sweep keeps to the month before, whose payroll day has passed whatever the table will say. The
 * administrators are warned of the missing year beforehand (email-calendar-warning.ts).
 */
export async function payrollDay(
  db: Db,
  today: IsoDate,
): Promise<{ isPayrollDay: boolean; calendarCovered: boolean; month: YearMonth; payableMonth: YearMonth }> {
  const year = Number(today.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year);
  const month = monthOf(today);
  const day = payrollDayOf(month, calendar);
  return {
    isPayrollDay: day === today,
    calendarCovered: day !== null,
    month,
    payableMonth: day !== null && today >= day ? month : addMonthsToYearMonth(month, -1),
  };
}
