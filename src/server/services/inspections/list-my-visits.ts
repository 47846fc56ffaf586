import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/server/auth/session-user";
import { AppError } from "@/server/errors";
import { bakuDate } from "@/lib/baku-date";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";

/** How far back closed visits stay on the list, so the inspector sees what they did this week. */
const CLOSED_VISITS_DAYS = 7;

const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface VisitDay {
  /** YYYY-MM-DD, or null for visits not yet given a date. */
  date: string | null;
  isToday: boolean;
  visits: {
    inspectionId: string;
    status: "SCHEDULED" | "COMPLETED" | "MISSED" | "CANCELLED" | "SKIPPED";
    attempt: number;
    registrationNumber: string | null;
    address: string | null;
    applicantName: string;
  }[];
}

/**
 * The caller's visits in their district, grouped by day: today first, then the days ahead, then earlier days
 * (a visit still open from an earlier day is overdue and must not drop out of sight). Open visits of any date
 * are listed; closed ones of the last week.
 */
export async function listMyVisits(db: Db, user: SessionUser, now: Date): Promise<VisitDay[]> {
  if (user.role !== "INSPECTOR") throw new AppError("forbidden");
  const today = bakuDate(now);
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - CLOSED_VISITS_DAYS);
  const rows = await db.inspection.findMany({
    where: {
      inspectorId: user.id,
      application: applicationScope(user),
      OR: [{ status: "SCHEDULED" }, { scheduledFor: { gte: since } }],
    },
    orderBy: [{ scheduledFor: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      status: true,
      attempt: true,
      scheduledFor: true,
      application: { select: { registrationNumber: true, address: true, applicant: { select: { name: true } } } },
    },
  });
  if (rows.length > 0)
    await recordAudit(db, { actor: user, action: "inspection.list", entity: "Inspection", districtCode: user.districtCode, details: { count: rows.length } });

  const days = new Map<string | null, VisitDay>();
  for (const row of rows) {
    const date = row.scheduledFor ? iso(row.scheduledFor) : null;
    const day = days.get(date) ?? { date, isToday: date === today, visits: [] };
    day.visits.push({
      inspectionId: row.id,
      status: row.status,
      attempt: row.attempt,
      registrationNumber: row.application.registrationNumber,
      address: row.application.address,
      applicantName: row.application.applicant.name,
    });
    days.set(date, day);
  }
  const rank = (d: VisitDay) => (d.date === today ? 0 : d.date === null || d.date > today ? 1 : 2);
  return [...days.values()].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    // Ahead: soonest first; earlier: most recent first; undated last among the days ahead.
    if (a.date === null || b.date === null) return a.date === null ? 1 : -1;
    return rank(a) === 2 ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date);
  });
}
