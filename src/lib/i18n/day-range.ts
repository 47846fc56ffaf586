import { z } from "zod";
import { isIsoDate } from "@/kernel/calendar-date";
import { parseDottedDate } from "./date-input";

// The from/to days staff give (the audit log's and the reports' search, an inspector's absence): Baku calendar
// days, both included, typed dd.mm.yyyy. One day check and one end-after-start rule, so every page takes and
// refuses a period the same way.

/** A day typed in a staff form: an ISO day, else refused with the message every staff date field gives. */
export const ZStaffDay = z.string().refine(isIsoDate, "errors.dateFormat");

/** The two days' fields of a search's schema (either may be left out). */
export const DAY_RANGE_FIELDS = { from: ZStaffDay.optional(), to: ZStaffDay.optional() };

/**
 * Both days, when both are given and both are days: the checks on the period as a whole wait for them (zod runs an
 * object's refinements even when a field was refused, and "31.02.2026" must not also read as after the end).
 */
export function givenDays(range: { from?: string; to?: string }): { from: string; to: string } | null {
  return range.from && range.to && isIsoDate(range.from) && isIsoDate(range.to)
    ? { from: range.from, to: range.to }
    : null;
}

/** The end on or after the start (either may be left out). */
export const endNotBeforeStart = (range: { from?: string; to?: string }) => {
  const days = givenDays(range);
  return !days || days.from <= days.to;
};
/** The refusal of an end before the start, said beside the end. */
export const END_BEFORE_START = { path: ["to"], message: "errors.periodEndBeforeStart" };

export const DAY_RANGE_KEYS = ["from", "to"] as const;
export type DayRangeKey = (typeof DAY_RANGE_KEYS)[number];

/**
 * One day from a page's address: as the form's field sends it (dd.mm.yyyy) or as older addresses and the CSV links
 * carry it (ISO), as an ISO day; anything else as typed, for the schema to refuse beside its field.
 */
export function searchDayParam(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? (parseDottedDate(text) ?? text) : undefined;
}

/**
 * The catalog key of the first refusal of each of a search form's fields, from its schema's issues: the day fields'
 * own ("errors.dateFormat", "dayRange.…") and the form's ("errors.…"), any other as "errors.invalidInput".
 */
export function searchErrorKeys<F extends string>(
  issues: readonly z.core.$ZodIssue[],
  fields: readonly F[],
): Partial<Record<F, string>> {
  const keys: Partial<Record<F, string>> = {};
  for (const issue of issues) {
    const field = fields.find((f) => f === issue.path[0]);
    if (field) keys[field] ??= /^(errors|dayRange)\./.test(issue.message) ? issue.message : "errors.invalidInput";
  }
  return keys;
}
