import { z } from "zod";
import { DAY_RANGE_FIELDS, END_BEFORE_START, endNotBeforeStart, givenDays } from "@/lib/i18n/day-range";

// The reports' filter: a period of application dates (both days included, Baku calendar) and, for the ministry's
// administrators, one district or the whole country. It travels in the page's address and the CSV links.

/** The longest period one report covers: enough for a programme year and its comparison, small enough to stay fast. */
export const REPORT_MAX_DAYS = 800;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const ZReportFilter = z
  .strictObject({
    ...DAY_RANGE_FIELDS,
    district: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9-]{1,39}$/, "errors.invalidInput")
      .optional(),
  })
  .refine(endNotBeforeStart, END_BEFORE_START)
  .refine(
    (f) => {
      const days = givenDays(f);
      return !days || daysBetween(days.from, days.to) <= REPORT_MAX_DAYS;
    },
    {
      path: ["to"],
      message: "dayRange.periodTooLong",
    },
  );
export type ReportFilter = z.infer<typeof ZReportFilter>;
