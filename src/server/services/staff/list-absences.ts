import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";

/** An inspector's recorded leave and sickness, newest first, for the administrator's staff page. */
export async function listAbsences(db: Db, admin: SessionUser, userId: string) {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  const rows = await db.staffAbsence.findMany({ where: { userId }, orderBy: { fromDate: "desc" }, take: 50 });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    from: calendarDateFromDb(r.fromDate),
    to: calendarDateFromDb(r.toDate),
  }));
}
