import type { CalendarEntry } from "../../src/server/domain/working-days";

// The decision engine's holiday table names each day in English; staff and citizens read the table in their own
// language. The holidays are the ones Labour Code art. 105 lists; a day off is named after the holiday it moves.
const HOLIDAYS: { en: string; az: string; ru: string }[] = [
  { en: "New Year", az: "Yeni il", ru: "Новый год" },
  {
    en: "World Azerbaijanis Solidarity Day",
    az: "Dünya azərbaycanlılarının həmrəyliyi günü",
    ru: "День солидарности азербайджанцев мира",
  },
  { en: "International Women's Day", az: "Beynəlxalq Qadınlar günü", ru: "Международный женский день" },
  { en: "Women's Day", az: "Qadınlar günü", ru: "Женский день" },
  { en: "Novruz", az: "Novruz bayramı", ru: "Новруз байрамы" },
  { en: "Ramazan", az: "Ramazan bayramı", ru: "Рамазан байрамы" },
  { en: "Qurban", az: "Qurban bayramı", ru: "Гурбан байрамы" },
  { en: "Victory over Fascism Day", az: "Faşizm üzərində qələbə günü", ru: "День Победы над фашизмом" },
  { en: "Independence Day", az: "Müstəqillik günü", ru: "День независимости" },
  { en: "National Salvation Day", az: "Milli Qurtuluş günü", ru: "День национального спасения" },
  { en: "Armed Forces Day", az: "Silahlı Qüvvələr günü", ru: "День Вооружённых сил" },
  { en: "Victory Day", az: "Zəfər günü", ru: "День Победы" },
  { en: "State Flag Day", az: "Dövlət Bayrağı günü", ru: "День Государственного флага" },
];

/** The holidays an English name mentions, longest match first ("Victory over Fascism Day" before "Victory Day"). */
function holidaysIn(name: string) {
  const found: typeof HOLIDAYS = [];
  let rest = name;
  for (const h of [...HOLIDAYS].sort((a, b) => b.en.length - a.en.length)) {
    if (rest.includes(h.en)) {
      found.push(h);
      rest = rest.replace(h.en, "");
    }
  }
  return found.sort((a, b) => name.indexOf(a.en) - name.indexOf(b.en));
}

export function localizedHolidayNames(entry: CalendarEntry): { nameAz: string; nameRu: string; nameEn: string } {
  const holidays = holidaysIn(entry.name);
  if (holidays.length === 0) throw new Error(`No translation for the holiday name "${entry.name}"`);
  const az = holidays.map((h) => h.az).join("; ");
  const ru = holidays.map((h) => h.ru).join("; ");
  if (entry.kind === "TRANSFERRED_DAY_OFF") {
    return {
      nameAz: `İstirahət günü (${az} ilə əlaqədar)`,
      nameRu: `Выходной день (перенос: ${ru})`,
      nameEn: entry.name,
    };
  }
  return { nameAz: az, nameRu: ru, nameEn: entry.name };
}
