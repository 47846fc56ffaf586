import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { decisionDeadlineChecked, type CountedDeadline } from "@/server/domain/working-days";
import { decisionDeadlineDays, loadHolidayCalendar } from "@/server/services/law/law-data";

/**
 * The last working day the law gives for the decision (DECISION_DEADLINE_WORKING_DAYS, 15 since 2016) after the
 * application date. When the holiday table does not yet cover the period the
 * date is counted Monday–Friday and marked `calendarConfirmed: false`, so a deadline always exists and the
 * screens can say it is not confirmed until the year's Cabinet decision is entered.
 */
export async function decisionDueDate(
  db: Db | Prisma.TransactionClient,
  applicationDate: string,
): Promise<CountedDeadline> {
  return workingDaysAfter(db, applicationDate, await decisionDeadlineDays(db, applicationDate));
}

/** The `workingDays`-th working day after `from`, on the holiday table, and whether that table covers the count. */
export async function workingDaysAfter(
  db: Db | Prisma.TransactionClient,
  from: string,
  workingDays: number,
): Promise<CountedDeadline> {
  const year = Number(from.slice(0, 4));
  // The deadline reaches a few weeks ahead, so this year and the next suffice.
  const calendar = await loadHolidayCalendar(db, year, year + 1);
  return decisionDeadlineChecked(from, calendar, workingDays);
}
