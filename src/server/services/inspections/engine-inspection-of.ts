import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { bakuDate } from "@/kernel/calendar-date";
import type { EngineInspection } from "./settle-inspection";
import { toEngineInspection, ZInspectionResult } from "./inspection-result";

/**
 * The inspection part of the engine's input as stored: the last visit's result, a skip, or a visit not done. For
 * deciding again outside the chain (a policy what-if, data a caseworker entered by hand).
 */
export async function engineInspectionOf(db: Db, applicationId: string): Promise<EngineInspection> {
  const visit = await db.inspection.findFirst({ where: { applicationId }, orderBy: { attempt: "desc" } });
  if (visit === null) return { status: "NOT_DONE", reason: "NOT_YET_DONE" };
  if (visit.status === "COMPLETED") {
    const result = ZInspectionResult.safeParse(visit.result);
    if (result.success) return toEngineInspection(result.data);
    const date = visit.completedAt
      ? bakuDate(visit.completedAt)
      : visit.scheduledFor
        ? calendarDateFromDb(visit.scheduledFor)
        : null;
    return date === null
      ? { status: "NOT_DONE", reason: "NOT_YET_DONE" }
      : { status: "COMPLETED", date, inspectorFlags: [] };
  }
  if (visit.status === "SKIPPED") return { status: "SKIPPED_REPEAT_RULE" };
  if (visit.status === "MISSED" || visit.status === "CANCELLED")
    return { status: "NOT_DONE", reason: "FAMILY_NOT_AT_HOME" };
  return { status: "NOT_DONE", reason: "NOT_YET_DONE" };
}
