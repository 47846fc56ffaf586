/**
 * A calendar day ("2026-12-05") as the instant a formatter shows as that same day: midnight UTC, formatted in UTC.
 * Formatting it in Baku time would show the same day too, but only by the accident of a positive offset.
 */
export type DayStyle = "full" | "long" | "medium";

export function calendarDayInstant(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function dayOptions(style: DayStyle) {
  return { dateStyle: style, timeZone: "UTC" } as const;
}
