/** How far ahead a year's holidays may be entered: the Cabinet fixes a year shortly before it, ten is ample. */
export const HOLIDAY_YEARS_AHEAD = 10;

/**
 * The year an administrator asked for in the holiday page's address (`?year=`), judged against the years that can
 * be entered: this year to ten ahead. A past year is never changed (decided deadlines were counted on it).
 */
export function holidayYearRange(
  asked: string | undefined,
  thisYear: number,
):
  { kind: "none" } | { kind: "ok"; year: number } | { kind: "notAYear" | "past" | "tooFar"; from: number; to: number } {
  if (!asked) return { kind: "none" };
  const range = { from: thisYear, to: thisYear + HOLIDAY_YEARS_AHEAD };
  if (!/^\d{4}$/.test(asked)) return { kind: "notAYear", ...range };
  const year = Number(asked);
  if (year < range.from) return { kind: "past", ...range };
  if (year > range.to) return { kind: "tooFar", ...range };
  return { kind: "ok", year };
}
