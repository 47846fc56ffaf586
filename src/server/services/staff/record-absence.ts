import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { END_BEFORE_START, endNotBeforeStart, ZStaffDay } from "@/lib/i18n/day-range";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

export const ZAbsenceInput = z
  .strictObject({
    userId: z.string().min(1).max(60),
    kind: z.enum(["LEAVE", "SICKNESS"]),
    from: ZStaffDay,
    to: ZStaffDay,
  })
  .refine(endNotBeforeStart, END_BEFORE_START);
export type AbsenceInput = z.infer<typeof ZAbsenceInput>;

/**
 * Records an inspector's leave or sickness (both days included); the inspection scheduler then books no visit for
 * them on those days. An administrator may do it for anyone, a supervisor for their own district's inspectors
 * (another district's inspector reads as not found). Visits already booked are left for the supervisor to reassign.
 */
export async function recordAbsence(db: Db, actor: SessionUser, input: AbsenceInput): Promise<{ id: string }> {
  if (actor.role !== "ADMIN" && actor.role !== "SUPERVISOR") throw new AppError("forbidden");
  const person = await db.user.findUnique({ where: { id: input.userId }, select: { role: true, districtCode: true } });
  if (!person || person.role !== "INSPECTOR") throw new AppError("notFound");
  if (actor.role === "SUPERVISOR" && person.districtCode !== actor.districtCode) throw new AppError("notFound");
  return db.$transaction(async (tx) => {
    const row = await tx.staffAbsence.create({
      data: {
        userId: input.userId,
        kind: input.kind,
        fromDate: calendarDateToDb(input.from),
        toDate: calendarDateToDb(input.to),
        createdById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "staff.absenceRecorded",
      entity: "StaffAbsence",
      entityId: row.id,
      districtCode: person.districtCode,
      details: { userId: input.userId, kind: input.kind, from: input.from, to: input.to },
    });
    return row;
  });
}
