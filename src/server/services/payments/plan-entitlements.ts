import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { firstDayOfMonth } from "@/kernel/calendar-date";
import { planEntitlements } from "@/server/domain/payments/schedule";
import { handOverMonths } from "./hand-over-months";

const isoOf = (d: Date | null): string | null => (d ? calendarDateFromDb(d) : null);

/**
 * Creates the monthly entitlements of a final ASSIGN decision (docs/payments.md), once: the months are unique per
 * application, so a retried step or a second run adds nothing. A renewal takes over the family's months from its
 * period's first month (`handOverMonths`), except those already paid or being paid, which it does not plan. Returns
 * how many months the assignment has.
 */
export async function createEntitlements(
  db: Db,
  decisionId: string,
  now: Date = new Date(),
): Promise<{ months: number; created: number }> {
  const d = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
  if (!d.final || d.outcome === "REVIEW") return { months: 0, created: 0 };
  const planned = planEntitlements({
    outcome: d.outcome,
    amountQepik: d.amountQepik,
    periodFrom: isoOf(d.periodFrom),
    periodTo: isoOf(d.periodTo),
  });
  const first = planned[0];
  if (!first) return { months: 0, created: 0 };
  return db.$transaction(async (tx) => {
    const takenElsewhere = await handOverMonths(tx, {
      applicationId: d.applicationId,
      decisionId: d.id,
      from: first.month,
      now,
    });
    const months = planned.filter((e) => !takenElsewhere.has(e.month));
    const { count } = await tx.monthlyEntitlement.createMany({
      data: months.map((e) => ({
        applicationId: d.applicationId,
        decisionId: d.id,
        month: calendarDateToDb(firstDayOfMonth(e.month)),
        amountQepik: e.amountQepik,
        status: e.status,
      })),
      skipDuplicates: true,
    });
    return { months: months.length, created: count };
  });
}
