import type { IsoDate } from "@/kernel/calendar-date";

// Dates of law are stored in `date` columns. Prisma hands them over as JavaScript Dates at midnight UTC, so the
// conversion is fixed to UTC both ways: the calendar day never shifts with the server's time zone.

export function calendarDateToDb(date: IsoDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function calendarDateFromDb(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
