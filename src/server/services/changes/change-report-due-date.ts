import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { decisionDeadlineChecked, type CountedDeadline } from "@/server/domain/working-days";
import { changeReportDays, loadHolidayCalendar } from "@/server/services/law/law-data";

/**
 * The last working day a family has to report a change during its period (CHANGE_REPORT_WORKING_DAYS, 15 since
 * 2016) after the day of the change, counted on the holiday table as the decision's deadline is. Its own parameter:
 * the two periods are equal today but are two rules, and an administrator changing one must not change the other.
 */
export async function changeReportDueDate(
  db: Db | Prisma.TransactionClient,
  changedOn: string,
): Promise<CountedDeadline> {
  const year = Number(changedOn.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year + 1);
  return decisionDeadlineChecked(changedOn, calendar, await changeReportDays(db, changedOn));
}
