import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { isWorkingDay } from "@/server/domain";
import { isIsoDate } from "@/kernel/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { loadHolidayCalendar } from "@/server/services/law/law-data";

export const ZReassignInspection = z.strictObject({
  inspectionId: z.string().min(1).max(60),
  inspectorId: z.string().min(1).max(60),
  date: z.string().refine(isIsoDate, "errors.invalidInput"),
});
export type ReassignInspection = z.infer<typeof ZReassignInspection>;

/**
 * The district's supervisor gives a scheduled (or escalated, unassigned) home visit to another inspector of the
 * district, on a working day from tomorrow, under the same rules as the scheduler: the inspector is active, not
 * absent that day, and has capacity left. Another district's visit or inspector reads as not found. Audited.
 */
export async function reassignInspection(
  db: Db,
  supervisor: SessionUser,
  input: ReassignInspection,
  now: Date,
): Promise<void> {
  if (supervisor.role !== "SUPERVISOR" || !supervisor.districtCode) throw new AppError("forbidden");
  const district = supervisor.districtCode;
  const today = bakuDate(now);
  const year = Number(input.date.slice(0, 4));
  const calendar = await loadHolidayCalendar(db, year, year);
  if (input.date <= today || !isWorkingDay(input.date, calendar)) throw new AppError("inspectorUnavailable");
  await db.$transaction(async (tx) => {
    // The scheduler's per-district lock: a reassignment and a new booking never both take an inspector's last place.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inspection-schedule:${district}`}))`;
    const visit = await tx.inspection.findFirst({
      where: { id: input.inspectionId, application: { districtCode: district } },
      select: { id: true, status: true, inspectorId: true, scheduledFor: true, applicationId: true },
    });
    if (!visit) throw new AppError("notFound");
    if (visit.status !== "SCHEDULED") throw new AppError("invalidInput");
    const inspector = await tx.user.findFirst({
      where: { id: input.inspectorId, role: "INSPECTOR", active: true, districtCode: district },
      select: { id: true, dailyInspectionCapacity: true },
    });
    if (!inspector) throw new AppError("notFound");
    const day = calendarDateToDb(input.date);
    const [absent, booked] = await Promise.all([
      tx.staffAbsence.count({ where: { userId: inspector.id, fromDate: { lte: day }, toDate: { gte: day } } }),
      tx.inspection.count({
        where: {
          inspectorId: inspector.id,
          scheduledFor: day,
          status: { in: ["SCHEDULED", "COMPLETED", "MISSED"] },
          id: { not: visit.id },
        },
      }),
    ]);
    if (absent > 0 || booked >= (inspector.dailyInspectionCapacity ?? 0)) throw new AppError("inspectorUnavailable");
    await tx.inspection.update({ where: { id: visit.id }, data: { inspectorId: inspector.id, scheduledFor: day } });
    await recordAudit(tx, {
      actor: supervisor,
      action: "inspection.reassigned",
      entity: "Inspection",
      entityId: visit.id,
      applicationId: visit.applicationId,
      districtCode: district,
      details: {
        fromInspectorId: visit.inspectorId,
        toInspectorId: inspector.id,
        fromDate: visit.scheduledFor ? calendarDateFromDb(visit.scheduledFor) : null,
        toDate: input.date,
      },
    });
  });
}
