import type { Db } from "@/server/db/create-client";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import { addMonths, type IsoDate } from "@/kernel/calendar-date";
import { periodEndingNoticeDue, PERIOD_ENDING_NOTICE_MONTHS } from "@/server/domain/payments/assistance-year";
import { findCurrentAssignment } from "./current-assignment";

/**
 * The assignments whose family must be told today that the period ends (a month before its last day; a day the
 * cron missed is caught up until the period's end), and has not been told yet. The outbox's dedupe key
 * (`<applicationId>:PERIOD_ENDING`) keeps it to one notice per assignment whatever runs twice.
 */
export async function findPeriodEndings(
  db: Db,
  opts: { now: Date },
): Promise<{ today: IsoDate; due: { applicationId: string; periodTo: IsoDate }[] }> {
  const today = bakuDate(opts.now);
  const candidates = await db.application.findMany({
    where: {
      status: "ASSIGNED",
      decisions: {
        some: {
          final: true,
          outcome: "ASSIGN",
          periodTo: {
            gte: calendarDateToDb(today),
            lte: calendarDateToDb(addMonths(today, PERIOD_ENDING_NOTICE_MONTHS + 1)),
          },
        },
      },
      notifications: { none: { kind: "PERIOD_ENDING" } },
    },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 5000,
  });
  const due: { applicationId: string; periodTo: IsoDate }[] = [];
  for (const { id } of candidates) {
    const assignment = await findCurrentAssignment(db, id);
    if (assignment && periodEndingNoticeDue(assignment.periodTo, today))
      due.push({ applicationId: id, periodTo: assignment.periodTo });
  }
  return { today, due };
}
