import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { addWorkingDays } from "@/server/domain";
import { loadHolidayCalendar } from "@/server/services/law/law-data";
import { endOfBakuDay } from "./schedule-inspection";

/**
 * Until when the chain waits for visit `attempt` as it is booked now: the end of the working day after its day
 * (the scheduler's grace for a tablet offline on the day). Null when the visit has no day or is no longer to be
 * made. Read again when a wait ends, since staff may have booked or moved the visit by hand to a later day.
 */
export async function visitWaitUntil(db: Db, opts: { applicationId: string; attempt: number }): Promise<string | null> {
  const row = await db.inspection.findUnique({
    where: { applicationId_attempt: { applicationId: opts.applicationId, attempt: opts.attempt } },
    select: { status: true, scheduledFor: true, inspectorId: true },
  });
  if (!row || row.status !== "SCHEDULED" || !row.scheduledFor || !row.inspectorId) return null;
  const date = calendarDateFromDb(row.scheduledFor);
  const year = Number(date.slice(0, 4));
  return endOfBakuDay(addWorkingDays(date, 1, await loadHolidayCalendar(db, year, year + 1)));
}
