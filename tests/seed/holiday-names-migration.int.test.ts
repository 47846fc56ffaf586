import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { localizedHolidayNames } from "../../prisma/seed/holiday-names";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { SEED_HOLIDAY_ENTRIES } from "@/server/domain/data/holidays";
import { migratedDbPerFile } from "../support/test-db";

// A database seeded before the holidays had English names kept the calendar's words as nameEn ("Novruz bayramı
// (Saturday)"): migration 20270107_holiday_names_in_english gives those rows the names the seed writes now, and
// leaves a name an administrator typed as it is.
const testDb = migratedDbPerFile("holiday-names");
const MIGRATION = "prisma/migrations/20270107_holiday_names_in_english/migration.sql";
const day = (date: string) => new Date(`${date}T00:00:00Z`);

it("renames the seeded holidays' English names as the seed does now, and keeps an administrator's", async () => {
  const { db } = testDb.current();
  await seedLawData(db);
  // As the old seed wrote them.
  for (const entry of SEED_HOLIDAY_ENTRIES) {
    await db.publicHoliday.update({ where: { date: day(entry.date) }, data: { nameEn: entry.name } });
  }
  await db.publicHoliday.update({ where: { date: day("2027-03-09") }, data: { nameEn: "Eid al-Fitr" } });
  const before = await db.publicHoliday.findMany({ orderBy: { date: "asc" } });

  await db.$executeRawUnsafe(readFileSync(MIGRATION, "utf8"));

  const after = new Map((await db.publicHoliday.findMany()).map((h) => [h.date.toISOString().slice(0, 10), h]));
  for (const entry of SEED_HOLIDAY_ENTRIES) {
    const expected = entry.date === "2027-03-09" ? "Eid al-Fitr" : localizedHolidayNames(entry).nameEn;
    expect([entry.date, after.get(entry.date)?.nameEn]).toEqual([entry.date, expected]);
  }
  expect(after.get("2026-03-20")?.nameEn).toBe("Novruz holiday; Ramadan holiday (Eid al-Fitr)");
  // Nothing else of a row changes.
  for (const row of before) {
    const now = after.get(row.date.toISOString().slice(0, 10));
    expect({ ...now, nameEn: null }).toEqual({ ...row, nameEn: null });
  }
});
