import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { addDays, bakuDate } from "@/kernel/calendar-date";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";

// The district supervisor of a drill: visits the scheduler could not place (every inspector of the district full
// up to its horizon, as a thousand applications at once leave them) are booked by hand through the workspace's
// booking service, each on the first later working day an inspector has a place, as the visit calendar offers.

const NEXT_DAY = new Set(["visitDayNotWorking", "inspectorFullyBooked", "inspectorAbsent"]);
/** How far past the district's last booked day the supervisor looks before giving up on a visit. */
const SEARCH_DAYS = 90;

/** Books every unplaced visit of these applications; returns how many were booked. */
export async function arrangeUnplacedVisits(db: Db, applicationIds: string[], now: Date): Promise<number> {
  const visits = await db.inspection.findMany({
    where: { applicationId: { in: applicationIds }, status: "SCHEDULED", inspectorId: null },
    select: { id: true, application: { select: { districtCode: true } } },
  });
  if (visits.length === 0) return 0;
  const [{ bookVisit }, { announceVisitBooking }] = await Promise.all([
    import("@/server/services/inspections/book-visit"),
    import("@/server/services/inspections/announce-visit-booking"),
  ]);
  const today = bakuDate(now);
  // Per district, the day from which the search starts: the last booked day, then wherever the last booking landed.
  const firstTry = new Map<string, string>();
  // A district where one visit found no day has none for its others either: searched once per call, not per visit.
  const full = new Set<string>();
  let booked = 0;
  for (const visit of visits) {
    const district = visit.application.districtCode;
    if (!district || full.has(district)) continue;
    const supervisor = await db.user.findFirstOrThrow({ where: { role: "SUPERVISOR", districtCode: district } });
    const actor: SessionUser = {
      id: supervisor.id,
      role: "SUPERVISOR",
      name: supervisor.name,
      districtCode: district,
      fin: null,
    };
    const inspectors = await db.user.findMany({
      where: { role: "INSPECTOR", active: true, districtCode: district },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    let day = firstTry.get(district) ?? (await lastBookedDay(db, district)) ?? addDays(today, 1);
    if (day <= today) day = addDays(today, 1);
    full.add(district);
    search: for (let n = 0; n < SEARCH_DAYS; n++, day = addDays(day, 1)) {
      for (const inspector of inspectors) {
        try {
          await bookVisit(
            db,
            actor,
            { inspectionId: visit.id, inspectorId: inspector.id, date: day, timeWindow: null },
            now,
            { announce: announceVisitBooking },
          );
          firstTry.set(district, day);
          full.delete(district);
          booked++;
          break search;
        } catch (e) {
          if (!(e instanceof AppError) || !NEXT_DAY.has(e.code)) throw e;
          if (e.code === "visitDayNotWorking") continue search;
        }
      }
    }
  }
  return booked;
}

async function lastBookedDay(db: Db, districtCode: string): Promise<string | null> {
  const last = await db.inspection.aggregate({
    where: { application: { districtCode }, inspectorId: { not: null } },
    _max: { scheduledFor: true },
  });
  return last._max.scheduledFor ? calendarDateFromDb(last._max.scheduledFor) : null;
}
