// The inspector's visits as the tablet shows them, one group per day. Pure and browser-safe: the tablet groups
// its stored packet offline, with `today` computed on the device (bakuDate), so the order never depends on
// the clock of whoever runs it.

export interface VisitDayGroup<V> {
  /** YYYY-MM-DD, or null for visits not yet given a date. */
  date: string | null;
  isToday: boolean;
  visits: V[];
}

/** 0 today, 1 ahead (undated visits are still to come), 2 earlier: an overdue open visit stays in sight. */
function rank(date: string | null, today: string): number {
  if (date === today) return 0;
  return date === null || date > today ? 1 : 2;
}

/**
 * Today first, then the days ahead soonest first with the undated last among them, then earlier days most
 * recent first. Within a day the visits keep their input order (the server's: by date, then creation).
 */
export function groupVisitsByDay<V extends { scheduledFor: string | null }>(
  visits: V[],
  today: string,
): VisitDayGroup<V>[] {
  const days = new Map<string | null, VisitDayGroup<V>>();
  for (const visit of visits) {
    const date = visit.scheduledFor;
    const day = days.get(date) ?? { date, isToday: date === today, visits: [] };
    day.visits.push(visit);
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => {
    const byRank = rank(a.date, today) - rank(b.date, today);
    if (byRank !== 0) return byRank;
    if (a.date === null || b.date === null) return a.date === null ? 1 : -1;
    return rank(a.date, today) === 2 ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date);
  });
}
