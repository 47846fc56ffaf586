import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import type { AssessmentInputDraft } from "@/server/domain";
import { toEngineInspection, ZInspectionResult } from "@/server/services/inspections/inspection-result";
import { bakuDate } from "@/kernel/calendar-date";
import { NOT_COMPLETED_NOTE } from "@/kernel/visit-system-notes";

export type EngineInspection = AssessmentInputDraft["inspection"];

export type InspectionOutcome =
  | { state: "COMPLETED"; inspection: EngineInspection }
  | { state: "MISSED"; reason: "FAMILY_NOT_AT_HOME" | "DEADLINE_MISSED" }
  | { state: "PENDING" }
  | { state: "SKIPPED" };

/**
 * Where the visit of `attempt` stands. With `final` (the wait for it is over, by event or timeout), a visit still
 * SCHEDULED is marked MISSED at `now` (the day the reports count it on); the update is conditional, so an
 * inspector's result that lands at the same moment wins and is used.
 */
export async function settleInspection(
  db: Db,
  opts: { applicationId: string; attempt: number; final: boolean; now: Date },
): Promise<InspectionOutcome> {
  const where = { applicationId_attempt: { applicationId: opts.applicationId, attempt: opts.attempt } };
  let row = await db.inspection.findUniqueOrThrow({ where });
  if (row.status === "SCHEDULED" && opts.final) {
    await db.inspection.updateMany({
      where: { id: row.id, status: "SCHEDULED" },
      data: { status: "MISSED", note: row.note ?? NOT_COMPLETED_NOTE, missedAt: opts.now },
    });
    row = await db.inspection.findUniqueOrThrow({ where });
    if (row.status === "MISSED") return { state: "MISSED", reason: "DEADLINE_MISSED" };
  }
  switch (row.status) {
    case "COMPLETED": {
      // The inspections service validated the result when it was recorded; a row it did not write (older data,
      // a hand correction) still counts as a visit done on its day, without flags.
      const result = ZInspectionResult.safeParse(row.result);
      if (result.success) return { state: "COMPLETED", inspection: toEngineInspection(result.data) };
      const date = row.completedAt
        ? bakuDate(row.completedAt)
        : row.scheduledFor
          ? calendarDateFromDb(row.scheduledFor)
          : bakuDate(opts.now);
      return { state: "COMPLETED", inspection: { status: "COMPLETED", date, inspectorFlags: [] } };
    }
    case "MISSED":
    case "CANCELLED":
      return { state: "MISSED", reason: "FAMILY_NOT_AT_HOME" };
    case "SKIPPED":
      return { state: "SKIPPED" };
    default:
      return { state: "PENDING" };
  }
}
