import { addMonthsToYearMonth, firstDayOfMonth, monthOf, type IsoDate } from "@/kernel/calendar-date";

// No overlapping assignments (issue 14): a family with an assignment still in its period gets no second one.
// A change of income or composition during the period is reported on the running application instead, and
// reassessed there; a second application would count the same family twice.

/**
 * Renewal: the family is invited to apply again a month before its period ends, and the 2023 repeat rule expects
 * the new application while the old period still runs. So the last three calendar months of a period are open to
 * a new application; before them it is an overlap.
 */
export const RENEWAL_WINDOW_MONTHS = 3;

/** The first day on which a renewal application is accepted for a period ending on `periodTo`. */
export function renewalOpensOn(periodTo: IsoDate): IsoDate {
  return firstDayOfMonth(addMonthsToYearMonth(monthOf(periodTo), 1 - RENEWAL_WINDOW_MONTHS));
}

export interface DecidedApplication {
  /** The application's final ASSIGN/REFUSE decisions, in any order; `decidedAt` orders them. */
  decisions: { outcome: "ASSIGN" | "REFUSE"; decidedAt: Date; periodTo: string | null }[];
}

/**
 * The last day (YYYY-MM-DD) of the assignment running on `today`, before its renewal window, among the family's
 * applications, or null. Only an application's latest final decision counts: an appeal's answer or a reassessment
 * that refuses ends it.
 */
export function runningAssignmentUntil(applications: readonly DecidedApplication[], today: string): string | null {
  let until: string | null = null;
  for (const app of applications) {
    const latest = [...app.decisions].sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())[0];
    if (latest?.outcome !== "ASSIGN" || latest.periodTo === null || today >= renewalOpensOn(latest.periodTo)) continue;
    if (until === null || latest.periodTo > until) until = latest.periodTo;
  }
  return until;
}
