import type { VisitWindow } from "@/generated/prisma/enums";

/** The half-days staff can book a home visit in; the hours are Baku time, what the family is told to be at home. */
export const VISIT_WINDOWS = ["MORNING", "AFTERNOON"] as const satisfies readonly VisitWindow[];

export const VISIT_WINDOW_HOURS: Record<VisitWindow, { start: string; end: string }> = {
  MORNING: { start: "09:00", end: "13:00" },
  AFTERNOON: { start: "14:00", end: "18:00" },
};

/** "09:00–13:00", or the whole working day for a visit booked without a window (the scheduler's). */
export function visitWindowText(window: VisitWindow | null): string {
  const hours = window ? VISIT_WINDOW_HOURS[window] : { start: "09:00", end: "18:00" };
  return `${hours.start}–${hours.end}`;
}
