import { VISIT_WINDOW_HOURS } from "@/kernel/visit-window";
import type { VisitWindow as HalfDay } from "@/generated/prisma/enums";

// A booking holds a day, not an hour: the inspector plans the round. The family is told a half-day window all the
// same (issue 17, docs/inspector-tablet.md, "The visit's time window"): the first half of an inspector's daily
// capacity is visited in the morning, the rest in the afternoon, in the order the visits were booked.

export interface VisitWindow {
  /** Baku clock times, "HH:MM". */
  from: string;
  to: string;
}

/** What the family is told to be at home for: a half-day, or the whole working day of a hand booking without one. */
export type ToldHours = HalfDay | "DAY";

/**
 * The hours of a half-day, as staff book it on the calendar and the family is told; the whole day runs from the
 * morning's start to the afternoon's end, as the booking's notice says.
 */
export function hoursOf(told: ToldHours): VisitWindow {
  if (told === "DAY") return { from: VISIT_WINDOW_HOURS.MORNING.start, to: VISIT_WINDOW_HOURS.AFTERNOON.end };
  return { from: VISIT_WINDOW_HOURS[told].start, to: VISIT_WINDOW_HOURS[told].end };
}

/**
 * The half-day of the visit booked `position`-th (0 first) of an inspector's day with `dailyCapacity` visits: an
 * odd capacity puts the extra visit in the morning; an inspector without a capacity is treated as making one visit.
 */
export function halfDayAt(position: number, dailyCapacity: number | null): HalfDay {
  const morningVisits = Math.ceil(Math.max(dailyCapacity ?? 1, 1) / 2);
  return position < morningVisits ? "MORNING" : "AFTERNOON";
}
