import type { Db } from "@/server/db/create-client";
import type { IsoDate } from "@/kernel/calendar-date";
import { OPEN_REPORT_STATUSES } from "./report-change";
import { currentFinalDecision, runningPeriod } from "./running-decision";

/**
 * Whether a change may be reported on the application today, as the family's page and the case file offer the
 * form: its assignment runs and none of its reports is open (`reportChange` enforces the same under the lock).
 */
export async function changeReportable(
  db: Db,
  app: { id: string; status: string },
  reports: readonly { status: string }[],
  today: IsoDate,
): Promise<{ canReport: boolean; periodFrom: IsoDate | null }> {
  const period = app.status === "ASSIGNED" ? runningPeriod(await currentFinalDecision(db, app.id), today) : null;
  const open = reports.some((r) => (OPEN_REPORT_STATUSES as readonly string[]).includes(r.status));
  return { canReport: period !== null && !open, periodFrom: period?.periodFrom ?? null };
}
