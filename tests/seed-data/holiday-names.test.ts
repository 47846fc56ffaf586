import { describe, expect, it } from "vitest";
import { localizedHolidayNames, namesKnownHoliday } from "../../prisma/seed/holiday-names";
import { SEED_HOLIDAY_ENTRIES } from "@/server/domain/data/holidays";

// The seeded holidays are read in the console and on the family's pages in az, ru and en: each language names them
// in its own words. The calendar's names keep the bayrams in Azerbaijani ("Novruz bayramı"), which the English
// console used to show as they were.
describe("the seeded holidays' names", () => {
  it("name a known holiday for every seeded day", () => {
    expect(SEED_HOLIDAY_ENTRIES.filter((entry) => !namesKnownHoliday(entry)).map((e) => e.name)).toEqual([]);
  });

  it("are English in English, Russian in Russian, with no weekday notes", () => {
    for (const entry of SEED_HOLIDAY_ENTRIES) {
      const { nameAz, nameRu, nameEn } = localizedHolidayNames(entry);
      // No Azerbaijani letter or word in the English name.
      expect(nameEn, entry.name).toMatch(/^[A-Za-z' ();-]+$/);
      expect(nameEn, entry.name).not.toMatch(/bayram|Qurban|Ramazan/);
      expect(nameRu, entry.name).toMatch(/^[А-Яа-яЁё ():;-]+$/);
      expect(nameAz, entry.name).toMatch(/^[A-Za-zƏəĞğIıİiÖöÜüÇçŞş ();-]+$/);
      for (const name of [nameAz, nameRu, nameEn]) expect(name, entry.name).not.toMatch(/Saturday|Sunday/);
    }
  });

  it("name the bayrams and the days off for them in each language", () => {
    const named = (date: string) => {
      const entry = SEED_HOLIDAY_ENTRIES.find((e) => e.date === date);
      if (!entry) throw new Error(`no seeded day ${date}`);
      return localizedHolidayNames(entry);
    };
    expect(named("2026-03-21")).toEqual({
      nameAz: "Novruz bayramı; Ramazan bayramı",
      nameRu: "Новруз байрамы; Рамазан байрамы",
      nameEn: "Novruz holiday; Ramadan holiday (Eid al-Fitr)",
    });
    expect(named("2027-05-18")).toEqual({
      nameAz: "İstirahət günü (Qurban bayramı ilə əlaqədar)",
      nameRu: "Выходной день (перенос: Гурбан байрамы)",
      nameEn: "Day off for Gurban holiday (Eid al-Adha)",
    });
    expect(named("2026-11-09").nameEn).toBe("State Flag Day");
  });

  it("keep a name that mentions no known holiday as it is, in all three", () => {
    const entry = { date: "2030-02-03", kind: "PUBLIC_HOLIDAY" as const, name: "Special day", legalReference: "x" };
    expect(namesKnownHoliday(entry)).toBe(false);
    expect(localizedHolidayNames(entry)).toEqual({
      nameAz: "Special day",
      nameRu: "Special day",
      nameEn: "Special day",
    });
  });
});
