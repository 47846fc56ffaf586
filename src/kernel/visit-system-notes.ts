import type { IsoDate } from "./calendar-date";

// The notes the system itself writes on a home visit, beside the inspector's own free-text note in the same column
// (Inspection.note): codes, written and read here only, so that the staff pages say them in the reader's language
// instead of showing the code.

export type VisitSystemNote =
  { code: "NO_INSPECTOR_CAPACITY"; dueOn: IsoDate | null } | { code: "NOT_COMPLETED_BY_DEADLINE" };

/** The visit no inspector was free for before the decision's due day: the supervisor arranges it by hand. */
export const noInspectorNote = (dueOn: IsoDate): string => `NO_INSPECTOR_CAPACITY before ${dueOn}`;

/** The visit nobody recorded before the chain had to go on without it. */
export const NOT_COMPLETED_NOTE = "NOT_COMPLETED_BY_DEADLINE";

/** The system's note a visit's note is, or null for an inspector's own words. */
export function readVisitSystemNote(note: string): VisitSystemNote | null {
  if (note === NOT_COMPLETED_NOTE) return { code: "NOT_COMPLETED_BY_DEADLINE" };
  const noInspector = /^NO_INSPECTOR_CAPACITY(?: before (\d{4}-\d{2}-\d{2}))?$/.exec(note);
  return noInspector ? { code: "NO_INSPECTOR_CAPACITY", dueOn: noInspector[1] ?? null } : null;
}
