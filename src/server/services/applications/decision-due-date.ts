import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { CalendarNotCoveredError, decisionDeadline } from "@/server/domain/working-days";
import { loadHolidayCalendar } from "@/server/services/law/law-data";

/**
 * The 15th working day after the application date, or null when the holiday table does not yet cover the
 * period: the deadline is left empty rather than guessed from an incomplete calendar.
 */
export async function decisionDueDate(db: Db | Prisma.TransactionClient, applicationDate: string): Promise<string | null> {
  const year = Number(applicationDate.slice(0, 4));
  // 15 working days reach at most a few weeks ahead, so this year and the next suffice.
  const calendar = await loadHolidayCalendar(db, year, year + 1);
  try {
    return decisionDeadline(applicationDate, calendar);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return null;
    throw error;
  }
}
