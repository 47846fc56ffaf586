import type { Db } from "@/server/db/create-client";
import { addMonthsToYearMonth, monthOf, type IsoDate, type YearMonth } from "@/kernel/calendar-date";
import { firstWorkingDayOfMonth, isPayrollDay } from "@/server/domain/payments/payroll-day";
import { loadHolidayCalendar } from "@/server/services/law/law-data";

/**
 * What the payroll does on `today` (a Baku date): on the month's first working day, pay that month; otherwise
 * nothing. The sweep's month is the latest month whose payroll day has come (the month before, until then).
 */
export async function payrollDay(
  db: Db,
  today: IsoDate,
): Promise<{ isPayrollDay: boolean; month: YearMonth; payableMonth: YearMonth }> {
  const year = Number(today.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year);
  const month = monthOf(today);
  const payableMonth = today >= firstWorkingDayOfMonth(month, calendar) ? month : addMonthsToYearMonth(month, -1);
  return { isPayrollDay: isPayrollDay(today, calendar), month, payableMonth };
}
