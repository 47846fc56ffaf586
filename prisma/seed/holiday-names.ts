import type { CalendarEntry } from "../../src/server/domain/working-days";

// The decision engine's holiday table names each day in its own words (src/server/domain/data/holidays.ts): mostly
// English, but the three bayrams by their Azerbaijani names ("Novruz bayramı", "Qurban bayramı"), and a day off as
// a note of why ("Day off for Novruz on Saturday 22 March"). Staff and citizens read the table in their own language,
// so each holiday the entry's name mentions (`match`) is named in Azerbaijani, Russian and English. The holidays are
// the ones Labour Code art. 105 lists; a day off is named after the holiday it moves.
const HOLIDAYS: { match: string; az: string; ru: string; en: string }[] = [
  { match: "New Year", az: "Yeni il", ru: "Новый год", en: "New Year" },
  {
    match: "World Azerbaijanis Solidarity Day",
    az: "Dünya azərbaycanlılarının həmrəyliyi günü",
    ru: "День солидарности азербайджанцев мира",
    en: "World Azerbaijanis Solidarity Day",
  },
  {
    match: "International Women's Day",
    az: "Beynəlxalq Qadınlar günü",
    ru: "Международный женский день",
    en: "International Women's Day",
  },
  { match: "Women's Day", az: "Qadınlar günü", ru: "Женский день", en: "Women's Day" },
  { match: "Novruz", az: "Novruz bayramı", ru: "Новруз байрамы", en: "Novruz holiday" },
  { match: "Ramazan", az: "Ramazan bayramı", ru: "Рамазан байрамы", en: "Ramadan holiday (Eid al-Fitr)" },
  { match: "Qurban", az: "Qurban bayramı", ru: "Гурбан байрамы", en: "Gurban holiday (Eid al-Adha)" },
  {
    match: "Victory over Fascism Day",
    az: "Faşizm üzərində qələbə günü",
    ru: "День Победы над фашизмом",
    en: "Victory over Fascism Day",
  },
  { match: "Independence Day", az: "Müstəqillik günü", ru: "День независимости", en: "Independence Day" },
  {
    match: "National Salvation Day",
    az: "Milli Qurtuluş günü",
    ru: "День национального спасения",
    en: "National Salvation Day",
  },
  { match: "Armed Forces Day", az: "Silahlı Qüvvələr günü", ru: "День Вооружённых сил", en: "Armed Forces Day" },
  { match: "Victory Day", az: "Zəfər günü", ru: "День Победы", en: "Victory Day" },
  { match: "State Flag Day", az: "Dövlət Bayrağı günü", ru: "День Государственного флага", en: "State Flag Day" },
];

/** The holidays a calendar entry's name mentions, longest match first ("Victory over Fascism Day" before "Victory Day"). */
function holidaysIn(name: string) {
  const found: { at: number; holiday: (typeof HOLIDAYS)[number] }[] = [];
  let rest = name;
  for (const h of [...HOLIDAYS].sort((a, b) => b.match.length - a.match.length)) {
    const at = rest.indexOf(h.match);
    if (at >= 0) {
      found.push({ at, holiday: h });
      // Blanked rather than removed, so the later matches keep their place in the name.
      rest = rest.slice(0, at) + " ".repeat(h.match.length) + rest.slice(at + h.match.length);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.holiday);
}

/**
 * A calendar entry's name in the three languages: the holidays it mentions, joined ("Novruz holiday; Ramadan holiday
 * (Eid al-Fitr)"), or for a transferred day off the day off for them. A name that mentions no holiday known here (a
 * day an administrator's table added) keeps its own words in all three, rather than failing the seed.
 */
export function localizedHolidayNames(entry: CalendarEntry): { nameAz: string; nameRu: string; nameEn: string } {
  const holidays = holidaysIn(entry.name);
  if (holidays.length === 0) return { nameAz: entry.name, nameRu: entry.name, nameEn: entry.name };
  const az = holidays.map((h) => h.az).join("; ");
  const ru = holidays.map((h) => h.ru).join("; ");
  const en = holidays.map((h) => h.en).join("; ");
  if (entry.kind === "TRANSFERRED_DAY_OFF") {
    return {
      nameAz: `İstirahət günü (${az} ilə əlaqədar)`,
      nameRu: `Выходной день (перенос: ${ru})`,
      nameEn: `Day off for ${en}`,
    };
  }
  return { nameAz: az, nameRu: ru, nameEn: en };
}

/** Whether the entry's name mentions a holiday named here (every seeded entry does: tests/seed-data). */
export function namesKnownHoliday(entry: CalendarEntry): boolean {
  return holidaysIn(entry.name).length > 0;
}
