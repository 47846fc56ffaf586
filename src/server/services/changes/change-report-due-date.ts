import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { CountedDeadline } from "@/server/domain/working-days";
import { workingDaysAfter } from "@/server/services/applications/decision-due-date";
import { changeReportDays } from "@/server/services/law/law-data";

/**
 * The last working day a family has to report a change during its period (CHANGE_REPORT_WORKING_DAYS, 15 since
 * 2016) after the day of the change, counted on the holiday table as the decision's deadline is. Its own parameter:
 * the two periods are equal today but are two rules, and an administrator changing one must not change the other.
 */
export async function changeReportDueDate(
  db: Db | Prisma.TransactionClient,
  changedOn: string,
): Promise<CountedDeadline> {
  return workingDaysAfter(db, changedOn, await changeReportDays(db, changedOn));
}
