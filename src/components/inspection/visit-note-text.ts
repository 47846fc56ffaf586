import { readVisitSystemNote } from "@/kernel/visit-system-notes";

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * A visit's note as a staff page writes it: the inspector's own words as typed, the system's notes in the page's
 * language (`t` of the "visits" namespace) with their day written by `day`.
 */
export function visitNoteText(note: string, t: Translate, day: (iso: string) => string): string {
  const system = readVisitSystemNote(note);
  if (!system) return note;
  if (system.code === "NOT_COMPLETED_BY_DEADLINE") return t("systemNotes.NOT_COMPLETED_BY_DEADLINE");
  return system.dueOn
    ? t("systemNotes.NO_INSPECTOR_CAPACITY_BEFORE", { dueOn: day(system.dueOn) })
    : t("systemNotes.NO_INSPECTOR_CAPACITY");
}
