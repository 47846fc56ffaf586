import type { VisitWindow } from "@/generated/prisma/enums";

/** The half-days staff can book a home visit in; the hours are Baku time, what the family is told to be at home. */
export const VISIT_WINDOWS = ["MORNING", "AFTERNOON"] as const satisfies readonly VisitWindow[];

export const VISIT_WINDOW_HOURS: Record<VisitWindow, { start: string; end: string }> = {
  MORNING: { start: "09:00", end: "13:00" },
  AFTERNOON: { start: "14:00", end: "18:00" },
};
