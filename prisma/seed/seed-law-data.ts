import type { Db } from "../../src/server/db/create-client";
import { SEED_HOLIDAY_ENTRIES } from "../../src/server/domain/data/holidays";
import { SEED_PARAMETER_DEFINITIONS } from "../../src/server/domain/data/parameters";
import { calendarDateToDb } from "../../src/server/db/calendar-date";
import { localizedHolidayNames } from "./holiday-names";

/**
 * The law's dated parameters and the public holidays. Values already in the table are left as they are: an
 * administrator may have corrected them, and a change in the law is a new row, never an edit of history.
 */
export async function seedLawData(db: Db): Promise<{ parameters: number; holidays: number }> {
  const parameterRows = SEED_PARAMETER_DEFINITIONS.flatMap((definition) =>
    definition.values.map((v) => ({
      code: definition.code,
      unit: definition.unit,
      validFrom: calendarDateToDb(v.validFrom),
      value: v.value,
      legalReference: v.legalReference,
      note: v.note ?? null,
    })),
  );
  const parameters = await db.parameter.createMany({ data: parameterRows, skipDuplicates: true });

  const holidayRows = SEED_HOLIDAY_ENTRIES.map((entry) => ({
    date: calendarDateToDb(entry.date),
    kind: entry.kind === "TRANSFERRED_DAY_OFF" ? ("TRANSFERRED_DAY_OFF" as const) : ("HOLIDAY" as const),
    ...localizedHolidayNames(entry),
    provisional: entry.provisional ?? false,
    legalReference: entry.legalReference,
    note: entry.note ?? null,
  }));
  const holidays = await db.publicHoliday.createMany({ data: holidayRows, skipDuplicates: true });
  return { parameters: parameters.count, holidays: holidays.count };
}
