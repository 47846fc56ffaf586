import { addMonthsToYearMonth, firstDayOfMonth, lastDayOfMonth, monthOf, type IsoDate } from "@/kernel/calendar-date";

/**
 * ÜDSY is assigned for 12 months counted from the 1st of the month of application (dost.gov.az): an application on
 * 2020-03-15 is paid for 2020-03-01 … 2021-02-28.
 */
export function assignmentPeriod(applicationDate: IsoDate): { from: IsoDate; to: IsoDate } {
  const month = monthOf(applicationDate);
  return { from: firstDayOfMonth(month), to: lastDayOfMonth(addMonthsToYearMonth(month, 11)) };
}
