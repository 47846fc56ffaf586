import type { Prisma } from "@/generated/prisma/client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { CalendarNotCoveredError, decisionDeadline, type HolidayCalendar } from "@/server/domain/working-days";

/** The PublicHoliday table as the engine's calendar; a year counts as covered when its table has any row. */
export async function loadHolidayCalendar(db: Db | Prisma.TransactionClient, fromYear: number, toYear: number): Promise<HolidayCalendar> {
  const rows = await db.publicHoliday.findMany({
    where: { date: { gte: new Date(Date.UTC(fromYear, 0, 1)), lt: new Date(Date.UTC(toYear + 1, 0, 1)) } },
    orderBy: { date: "asc" },
  });
  const entries = rows.map((r) => ({
    date: calendarDateFromDb(r.date),
    kind: r.kind === "HOLIDAY" ? ("PUBLIC_HOLIDAY" as const) : ("TRANSFERRED_DAY_OFF" as const),
    name: r.nameEn,
    provisional: r.provisional,
    legalReference: r.legalReference,
  }));
  return { coveredYears: [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))], entries };
}

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
