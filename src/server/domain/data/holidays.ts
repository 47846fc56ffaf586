import { azOrdinalYear } from "@/kernel/az-ordinal-year";
import type { CalendarEntry, HolidayCalendar } from "../working-days";

// Seed data for the holiday table (the lead's database seed imports this): Labour Code art. 105 holidays,
// the Cabinet-fixed Ramazan and Qurban bayramı dates, and the transferred days off. Labour Code art. 105: when a
// holiday falls on a Saturday or Sunday, or a religious holiday on another holiday, the next working day is a day off.
// An administrator can correct the table; check each year's Cabinet decision before relying on it.

// The stored reference is what the ministry's administrators read in the console: the acts by their Azerbaijani titles.
const CODE = "Əmək Məcəlləsi, maddə 105";
const CABINET = (year: number): string =>
  `Nazirlər Kabinetinin ${azOrdinalYear(year)} ildə Novruz, Ramazan və Qurban bayramlarının günləri haqqında qərarı; ${CODE}`;

type Kind = CalendarEntry["kind"];
const e = (
  date: string,
  kind: Kind,
  name: string,
  legalReference: string,
  extra: { provisional?: boolean; note?: string } = {},
): CalendarEntry => ({
  date,
  kind,
  name,
  legalReference,
  ...extra,
});
const H = (date: string, name: string, ref = CODE, extra = {}): CalendarEntry =>
  e(date, "PUBLIC_HOLIDAY", name, ref, extra);
const T = (date: string, name: string, ref = CODE, extra = {}): CalendarEntry =>
  e(date, "TRANSFERRED_DAY_OFF", name, ref, extra);

const Y2025: CalendarEntry[] = [
  H("2025-01-01", "New Year"),
  H("2025-01-02", "New Year"),
  H("2025-03-08", "International Women's Day (Saturday)"),
  H("2025-03-20", "Novruz bayramı", CABINET(2025)),
  H("2025-03-21", "Novruz bayramı", CABINET(2025)),
  H("2025-03-22", "Novruz bayramı (Saturday)", CABINET(2025)),
  H("2025-03-23", "Novruz bayramı (Sunday)", CABINET(2025)),
  H("2025-03-24", "Novruz bayramı", CABINET(2025)),
  T("2025-03-25", "Day off for Novruz on Saturday 22 March", CABINET(2025)),
  T("2025-03-26", "Day off for Novruz on Sunday 23 March", CABINET(2025)),
  // The Cabinet swapped the days off of 10 March and 1 April with the working days 27 and 28 March (turan.az,
  // metbuat.az, anspress.com, March 2025), so 10 March and 1 April 2025 were working days.
  T(
    "2025-03-27",
    "Day off swapped from 10 March (Women's Day on Saturday)",
    `Nazirlər Kabinetinin 2025-ci il mart ayında iş və istirahət günlərinin yerinin dəyişdirilməsi haqqında qərarı; ${CODE}`,
  ),
  T(
    "2025-03-28",
    "Day off swapped from 1 April (Ramazan on Sunday 30 March)",
    `Nazirlər Kabinetinin 2025-ci il mart ayında iş və istirahət günlərinin yerinin dəyişdirilməsi haqqında qərarı; ${CODE}`,
  ),
  H("2025-03-30", "Ramazan bayramı (Sunday)", CABINET(2025)),
  H("2025-03-31", "Ramazan bayramı", CABINET(2025)),
  H("2025-05-09", "Victory over Fascism Day"),
  H("2025-05-28", "Independence Day"),
  H("2025-06-06", "Qurban bayramı", CABINET(2025)),
  H("2025-06-07", "Qurban bayramı (Saturday)", CABINET(2025)),
  T("2025-06-09", "Day off for Qurban bayramı on Saturday 7 June", CABINET(2025)),
  H("2025-06-15", "National Salvation Day (Sunday)"),
  T("2025-06-16", "Day off for National Salvation Day on Sunday 15 June"),
  H("2025-06-26", "Armed Forces Day"),
  H("2025-11-08", "Victory Day (Saturday)"),
  H("2025-11-09", "State Flag Day (Sunday)"),
  T("2025-11-10", "Day off for Victory Day on Saturday 8 November"),
  T("2025-11-11", "Day off for State Flag Day on Sunday 9 November"),
  H("2025-12-31", "World Azerbaijanis Solidarity Day"),
];

const Y2026: CalendarEntry[] = [
  H("2026-01-01", "New Year"),
  H("2026-01-02", "New Year"),
  H("2026-03-08", "International Women's Day (Sunday)"),
  T("2026-03-09", "Day off for Women's Day on Sunday 8 March"),
  H("2026-03-20", "Novruz bayramı; Ramazan bayramı", CABINET(2026)),
  H("2026-03-21", "Novruz bayramı; Ramazan bayramı (Saturday)", CABINET(2026)),
  H("2026-03-22", "Novruz bayramı (Sunday)", CABINET(2026)),
  H("2026-03-23", "Novruz bayramı", CABINET(2026)),
  H("2026-03-24", "Novruz bayramı", CABINET(2026)),
  T("2026-03-25", "Day off for Novruz on Saturday 21 March", CABINET(2026)),
  T("2026-03-26", "Day off for Novruz on Sunday 22 March", CABINET(2026)),
  T("2026-03-27", "Day off for Ramazan on Novruz (20 March)", CABINET(2026)),
  T("2026-03-30", "Day off for Ramazan on Novruz (21 March)", CABINET(2026)),
  H("2026-05-09", "Victory over Fascism Day (Saturday)"),
  T("2026-05-11", "Day off for Victory over Fascism Day on Saturday 9 May"),
  H("2026-05-27", "Qurban bayramı", CABINET(2026)),
  H("2026-05-28", "Qurban bayramı; Independence Day", CABINET(2026)),
  T("2026-05-29", "Day off for Qurban bayramı on Independence Day (28 May)", CABINET(2026), {
    note: "derived from the art. 105 overlap rule (as applied to Ramazan/Novruz in March 2026); confirm with the Cabinet's announcement",
  }),
  H("2026-06-15", "National Salvation Day"),
  H("2026-06-26", "Armed Forces Day"),
  H("2026-11-08", "Victory Day (Sunday)"),
  H("2026-11-09", "State Flag Day"),
  T("2026-11-10", "Day off for Victory Day on Sunday 8 November"),
  H("2026-12-31", "World Azerbaijanis Solidarity Day"),
];

// 2027: fixed dates and weekend transfers computed from art. 105; Ramazan and Qurban are the astronomically
// expected dates, provisional until the Cabinet of Ministers fixes them (usually in December of the year before).
const PROVISIONAL = {
  provisional: true,
  note: "expected date (Eid al-Fitr ≈ 9–10 March, Eid al-Adha ≈ 16–17 May 2027); check the Cabinet of Ministers decision for 2027",
};
const Y2027: CalendarEntry[] = [
  H("2027-01-01", "New Year"),
  H("2027-01-02", "New Year (Saturday)"),
  T("2027-01-04", "Day off for New Year on Saturday 2 January"),
  H("2027-03-08", "International Women's Day"),
  H("2027-03-09", "Ramazan bayramı", CABINET(2027), PROVISIONAL),
  H("2027-03-10", "Ramazan bayramı", CABINET(2027), PROVISIONAL),
  H("2027-03-20", "Novruz bayramı (Saturday)", CABINET(2027)),
  H("2027-03-21", "Novruz bayramı (Sunday)", CABINET(2027)),
  H("2027-03-22", "Novruz bayramı", CABINET(2027)),
  H("2027-03-23", "Novruz bayramı", CABINET(2027)),
  H("2027-03-24", "Novruz bayramı", CABINET(2027)),
  T("2027-03-25", "Day off for Novruz on Saturday 20 March", CABINET(2027)),
  T("2027-03-26", "Day off for Novruz on Sunday 21 March", CABINET(2027)),
  H("2027-05-09", "Victory over Fascism Day (Sunday)"),
  T("2027-05-10", "Day off for Victory over Fascism Day on Sunday 9 May"),
  H("2027-05-16", "Qurban bayramı (Sunday)", CABINET(2027), PROVISIONAL),
  H("2027-05-17", "Qurban bayramı", CABINET(2027), PROVISIONAL),
  T("2027-05-18", "Day off for Qurban bayramı on Sunday 16 May", CABINET(2027), PROVISIONAL),
  H("2027-05-28", "Independence Day"),
  H("2027-06-15", "National Salvation Day"),
  H("2027-06-26", "Armed Forces Day (Saturday)"),
  T("2027-06-28", "Day off for Armed Forces Day on Saturday 26 June"),
  H("2027-11-08", "Victory Day"),
  H("2027-11-09", "State Flag Day"),
  H("2027-12-31", "World Azerbaijanis Solidarity Day"),
];

export const SEED_HOLIDAY_ENTRIES: readonly CalendarEntry[] = [...Y2025, ...Y2026, ...Y2027];

export const SEED_HOLIDAYS: HolidayCalendar = {
  coveredYears: [2025, 2026, 2027],
  entries: [...SEED_HOLIDAY_ENTRIES],
};
