import { z } from "zod";
import { isIsoDate } from "@/kernel/calendar-date";

// The reports' filter: a period of application dates (both days included, Baku calendar) and, for the ministry's
// administrators, one district or the whole country. It travels in the page's address and the CSV links.

const ZDay = z.string().refine(isIsoDate, "errors.invalidInput");

/** The longest period one report covers: enough for a programme year and its comparison, small enough to stay fast. */
export const REPORT_MAX_DAYS = 800;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const ZReportFilter = z
  .strictObject({
    from: ZDay.optional(),
    to: ZDay.optional(),
    district: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9-]{1,39}$/, "errors.invalidInput")
      .optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "errors.invalidInput" })
  .refine((f) => !f.from || !f.to || daysBetween(f.from, f.to) <= REPORT_MAX_DAYS, {
    path: ["to"],
    message: "errors.invalidInput",
  });
export type ReportFilter = z.infer<typeof ZReportFilter>;
