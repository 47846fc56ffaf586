import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { firstDayOfMonth } from "@/kernel/calendar-date";
import { planEntitlements } from "@/server/domain/payments/schedule";

const isoOf = (d: Date | null): string | null => (d ? calendarDateFromDb(d) : null);

/**
 * Creates the monthly entitlements of a final ASSIGN decision (docs/payments.md), once: the months are unique per
 * application, so a retried step or a second run adds nothing. Returns how many months the assignment has.
 */
export async function createEntitlements(db: Db, decisionId: string): Promise<{ months: number; created: number }> {
  const d = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  if (!d.final || d.outcome === "REVIEW") return { months: 0, created: 0 };
  const planned = planEntitlements({
    outcome: d.outcome,
    amountQepik: d.amountQepik,
    periodFrom: isoOf(d.periodFrom),
    periodTo: isoOf(d.periodTo),
  });
  const { count } = await db.monthlyEntitlement.createMany({
    data: planned.map((e) => ({
      applicationId: d.applicationId,
      decisionId: d.id,
      month: calendarDateToDb(firstDayOfMonth(e.month)),
      amountQepik: e.amountQepik,
      status: e.status,
    })),
    skipDuplicates: true,
  });
  return { months: planned.length, created: count };
}
