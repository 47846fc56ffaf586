import type { Prisma } from "@/generated/prisma/client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { isWorkingDay, parseParameterSet, type HolidayCalendar, type ParameterSet } from "@/server/domain";
import type { ScalarParameterCode } from "@/server/domain/parameters";
import { addDays, type IsoDate } from "@/kernel/calendar-date";

// The law's data as the engine wants it, read from the tables an administrator maintains: never from code.

/** The PublicHoliday table as the engine's calendar; a year counts as covered when its table has any row. */
export async function loadHolidayCalendar(
  db: Db | Prisma.TransactionClient,
  fromYear: number,
  toYear: number,
): Promise<HolidayCalendar> {
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

/** Every dated parameter, grouped by code, validated by the engine's own schema. */
export async function loadParameterSet(db: Db): Promise<ParameterSet> {
  const rows = await db.parameter.findMany({ orderBy: [{ code: "asc" }, { validFrom: "asc" }] });
  const byCode = new Map<string, { code: string; unit: string; description: string; values: unknown[] }>();
  for (const r of rows) {
    const definition = byCode.get(r.code) ?? { code: r.code, unit: r.unit, description: r.code, values: [] };
    definition.values.push({
      validFrom: calendarDateFromDb(r.validFrom),
      value: r.value,
      legalReference: r.legalReference,
      ...(r.note ? { note: r.note } : {}),
    });
    byCode.set(r.code, definition);
  }
  return parseParameterSet([...byCode.values()]);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count += 1;
  return count;
}

/** The years a date range touches, for loading just enough of the holiday table. */
export function yearsOf(from: IsoDate, to: IsoDate): [number, number] {
  return [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
}

/**
 * How many working days the decision may take for an application of `applicationDate`: the dated parameter
 * DECISION_DEADLINE_WORKING_DAYS in force that day. The reference-data seed writes it; a database without it is
 * a broken deployment, said plainly rather than guessed.
 */
export function decisionDeadlineDays(db: Db | Prisma.TransactionClient, applicationDate: IsoDate): Promise<number> {
  return parameterValueOn(db, "DECISION_DEADLINE_WORKING_DAYS", applicationDate);
}

/** One scalar parameter's value in force on `date`, read from the table; missing is a broken deployment. */
export async function parameterValueOn(
  db: Db | Prisma.TransactionClient,
  code: ScalarParameterCode,
  date: IsoDate,
): Promise<number> {
  const row = await db.parameter.findFirst({
    where: { code, validFrom: { lte: new Date(`${date}T00:00:00Z`) } },
    orderBy: { validFrom: "desc" },
    select: { value: true },
  });
  if (!row) throw new Error(`No ${code} in force on ${date}: run the reference-data seed (npm run db:seed)`);
  return row.value;
}
