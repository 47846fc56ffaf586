import { z } from "zod";
import { bakuDate, isCalendarDate } from "@/lib/baku-date";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";
import { addDays, type IsoDate } from "@/server/domain/calendar-date";

// The reports' filter: a period of application dates (both days included, Baku calendar) and, for the ministry's
// administrators, one district or the whole country. It travels in the page's address and the CSV links.

const ZDay = z.string().refine(isCalendarDate, "errors.invalidInput");

/** The longest period one report covers: enough for a programme year and its comparison, small enough to stay fast. */
export const REPORT_MAX_DAYS = 800;

export const ZReportFilter = z
  .strictObject({
    from: ZDay.optional(),
    to: ZDay.optional(),
    district: z.string().trim().regex(/^[A-Z][A-Z0-9-]{1,39}$/, "errors.invalidInput").optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "errors.invalidInput" })
  .refine((f) => !f.from || !f.to || daysBetween(f.from, f.to) <= REPORT_MAX_DAYS, { path: ["to"], message: "errors.invalidInput" });
export type ReportFilter = z.infer<typeof ZReportFilter>;

export interface ReportScope {
  from: IsoDate;
  to: IsoDate;
  /** One district, or null for the whole country (administrators only). */
  districtCode: string | null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The twelve months before today (Baku), the default period: a programme year. */
export function defaultPeriod(now: Date): { from: IsoDate; to: IsoDate } {
  const today = bakuDate(now);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  return { from: addDays(yearAgo, 0), to: today };
}

/**
 * Who may see which district: an administrator any one or the whole country; a supervisor their own district only
 * (another district is refused as not found, never silently replaced); nobody else.
 */
export function resolveReportScope(user: SessionUser, filter: ReportFilter, now: Date): ReportScope {
  const period = defaultPeriod(now);
  const from = filter.from ?? (filter.to && filter.to < period.from ? filter.to : period.from);
  const to = filter.to ?? (filter.from && filter.from > period.to ? filter.from : period.to);
  if (user.role === "ADMIN") return { from, to, districtCode: filter.district ?? null };
  if (user.role !== "SUPERVISOR" || !user.districtCode) throw new AppError("forbidden");
  // Another district reads as not found, as someone else's application does: nothing tells what exists there.
  if (filter.district !== undefined && filter.district !== user.districtCode) throw new AppError("notFound");
  return { from, to, districtCode: user.districtCode };
}
