import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { IsoDate } from "@/kernel/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import type { SendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { staffMailTranslator } from "@/server/services/staff/staff-mail-text";
import { calendarWarning } from "@/kernel/calendar-coverage";

export interface CalendarWarningDue {
  lastCoveredDay: IsoDate;
  daysLeft: number;
  /** The active administrators with an e-mail address. */
  adminIds: string[];
}

/** Whether the holiday calendar ends within 90 days of today in Baku, and who is to be told. Null when it does not. */
export async function findCalendarWarningDue(db: Db, now: Date): Promise<CalendarWarningDue | null> {
  const holidays = await db.publicHoliday.findMany({ select: { date: true } });
  const warning = calendarWarning(
    holidays.map((h) => calendarDateFromDb(h.date)),
    bakuDate(now),
  );
  if (!warning) return null;
  const admins = await db.user.findMany({
    where: { role: "ADMIN", active: true, email: { not: null } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return { ...warning, adminIds: admins.map((a) => a.id) };
}

/**
 * E-mails one administrator that the calendar ends on `lastCoveredDay`. Once per administrator and coverage end:
 * the outbox's dedupe key holds the end date, so the daily run sends nothing more until a new year is entered
 * (and that year's end comes within 90 days).
 */
export async function emailCalendarWarning(
  db: Db,
  opts: { adminId: string; lastCoveredDay: IsoDate; daysLeft: number },
  send: SendStaffEmail,
): Promise<boolean> {
  const admin = await db.user.findUnique({
    where: { id: opts.adminId },
    select: { email: true, locale: true, active: true, role: true },
  });
  if (!admin?.email || !admin.active || admin.role !== "ADMIN") return false;
  const t = await staffMailTranslator(admin.locale);
  await send({
    kind: "CALENDAR_WARNING",
    to: admin.email,
    locale: admin.locale,
    subject: t("calendarWarning.subject", { date: opts.lastCoveredDay }),
    text: t("calendarWarning.text", {
      date: opts.lastCoveredDay,
      days: opts.daysLeft,
      nextYear: Number(opts.lastCoveredDay.slice(0, 4)) + 1,
    }),
    dedupeKey: `calendar-warning:${opts.lastCoveredDay}:${opts.adminId}`,
  });
  return true;
}
