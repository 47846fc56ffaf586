import type { ApplicationStatus } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { BreakerState } from "@/server/integrations/agencies/circuit-breaker";
import {
  BANK_UNANSWERED_AFTER_HOURS,
  STALLED_AFTER_DAYS,
  UNDELIVERED_AFTER_HOURS,
} from "@/lib/operations/health-thresholds";

const HOUR = 60 * 60 * 1000;
const CHAIN_STATUSES = ["SUBMITTED", "DATA_COLLECTED"] as const satisfies readonly ApplicationStatus[];

export interface SystemHealth {
  at: Date;
  messages: { failed: number; undelivered: number };
  bank: { rejected: number; unanswered: number };
  stalled: { status: (typeof CHAIN_STATUSES)[number]; count: number; oldestRegistrationNumbers: string[] }[];
  openCircuits: AgencyCode[];
  /** 31 December of the last year with any entered day: a year with entries is covered to its end. */
  calendarLastDay: Date | null;
}

/**
 * Counts of what needs an operator's attention, for the administrators' health page. Only counts and
 * registration numbers: nothing personal. The circuits are those of the process answering (see the caller).
 */
export async function readSystemHealth(
  db: Db,
  now: Date,
  circuits: { agency: AgencyCode; state: BreakerState }[],
): Promise<SystemHealth> {
  const undeliveredBefore = new Date(now.getTime() - UNDELIVERED_AFTER_HOURS * HOUR);
  const unansweredBefore = new Date(now.getTime() - BANK_UNANSWERED_AFTER_HOURS * HOUR);
  const stalledBefore = new Date(now.getTime() - STALLED_AFTER_DAYS * 24 * HOUR);
  const [failed, undelivered, rejected, unanswered, lastHoliday, ...stalled] = await Promise.all([
    db.notification.count({ where: { status: "FAILED" } }),
    db.notification.count({ where: { status: "SENT", deliveredAt: null, sentAt: { lt: undeliveredBefore } } }),
    db.bankAccountOrder.count({ where: { status: "FAILED" } }),
    db.bankAccountOrder.count({
      where: { status: { in: ["PENDING", "SENT"] }, answeredAt: null, requestedAt: { lt: unansweredBefore } },
    }),
    db.publicHoliday.findFirst({ orderBy: { date: "desc" }, select: { date: true } }),
    ...CHAIN_STATUSES.map(async (status) => {
      // Stuck: in a chain status with no status change since the cut-off.
      const where = { status, statusChanges: { none: { at: { gte: stalledBefore } } } };
      const [count, oldest] = await Promise.all([
        db.application.count({ where }),
        db.application.findMany({
          where,
          orderBy: { submittedAt: "asc" },
          take: 5,
          select: { registrationNumber: true },
        }),
      ]);
      return {
        status,
        count,
        oldestRegistrationNumbers: oldest.flatMap((a) => (a.registrationNumber ? [a.registrationNumber] : [])),
      };
    }),
  ]);
  return {
    at: now,
    messages: { failed, undelivered },
    bank: { rejected, unanswered },
    stalled,
    openCircuits: circuits.filter((c) => c.state !== "CLOSED").map((c) => c.agency),
    // The last entered day (29 May, say) is not where the calendar ends: its year is covered to 31 December, as
    // the working-day code and the 90-day warning count it (src/kernel/calendar-coverage.ts).
    calendarLastDay: lastHoliday ? new Date(Date.UTC(lastHoliday.date.getUTCFullYear(), 11, 31)) : null,
  };
}
