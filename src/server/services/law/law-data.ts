import type { Prisma } from "@/generated/prisma/client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { Db } from "@/server/db/create-client";
import { isWorkingDay, parseParameterSet, type HolidayCalendar, type ParameterSet } from "@/server/domain";
import type { ScalarParameterCode } from "@/server/domain/parameters";
import { addDays, type IsoDate } from "@/kernel/calendar-date";
import { SEED_PARAMETERS } from "@/server/domain/data/parameters";
import { parameterOn } from "@/server/domain/parameters";

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
    kind: r.kind === "HOLIDAY" ? ("PUBLIC_HOLIDAY" as const) : r.kind,
    name: r.nameEn,
    provisional: r.provisional,
    legalReference: r.legalReference,
  }));
  return { coveredYears: [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))], entries };
}

/**
 * Every dated parameter, grouped by code, validated by the engine's own schema. A code the table holds no row of
 * reads as the law's values shipped with the code, as in `parameterValueOn`: one rule for both lookups.
 */
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
  const fromTable = parseParameterSet([...byCode.values()]);
  return { ...SEED_PARAMETERS, ...fromTable };
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
 * DECISION_DEADLINE_WORKING_DAYS in force that day.
 */
export function decisionDeadlineDays(db: Db | Prisma.TransactionClient, applicationDate: IsoDate): Promise<number> {
  return parameterValueOn(db, "DECISION_DEADLINE_WORKING_DAYS", applicationDate);
}

/**
 * How many working days a family has to report a change during its period: the dated parameter
 * CHANGE_REPORT_WORKING_DAYS in force on the day of the change. The same 15 as the decision's today, but another rule.
 */
export function changeReportDays(db: Db | Prisma.TransactionClient, changedOn: IsoDate): Promise<number> {
  return parameterValueOn(db, "CHANGE_REPORT_WORKING_DAYS", changedOn);
}

/**
 * One scalar parameter's value in force on `date`: the table the administrators maintain, and where it holds no
 * value of that code, the law's values shipped with the code (the same data the reference seed writes), so a
 * database seeded before a parameter existed still answers with the law rather than failing.
 */
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
  if (row) return row.value;
  const shipped = parameterOn(code, date, SEED_PARAMETERS);
  if (!shipped) throw new Error(`No ${code} in force on ${date}`);
  return shipped.value;
}
