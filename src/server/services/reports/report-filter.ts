import { bakuDate } from "@/kernel/calendar-date";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { addDays, type IsoDate } from "@/kernel/calendar-date";
import type { ReportFilter } from "@/lib/reports/report-filter";

// Which period and district a report covers, from its filter (src/lib/reports/report-filter.ts) and who asks.

export interface ReportScope {
  from: IsoDate;
  to: IsoDate;
  /** One district, or null for the whole country (administrators only). */
  districtCode: string | null;
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
