import { bakuDate } from "@/kernel/calendar-date";
import { draftSchema, type Draft } from "@/lib/wizard/draft-schema";

/**
 * Application.draft as read from the database, checked again: a draft saved under an older version of the
 * wizard must not slip through unchecked. Null when there is none or it no longer passes.
 */
export function parseStoredDraft(value: unknown, representativeFin: string, now: Date, adultAge: number): Draft | null {
  if (value === null || value === undefined) return null;
  const parsed = draftSchema({ today: bakuDate(now), representativeFin, adultAge }).safeParse(value);
  return parsed.success ? parsed.data : null;
}
