import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { firstDayOfMonth, monthOf, type YearMonth } from "@/kernel/calendar-date";
import { replanEntitlements } from "@/server/domain/payments/replan";
import { isPaidOrPaying, planEntitlements, type Entitlement } from "@/server/domain/payments/schedule";

export interface AppliedAssignmentChange {
  changed: number;
  cancelled: number;
  added: number;
  /** Months the overturned decision had cancelled, paid again (`overturnedMonths`). */
  revived: number;
  /** The arrears order, when months already paid were paid short; null when nothing is owed. */
  arrearsOrderId: string | null;
  arrearsQepik: number;
}

export const arrearsKey = (decisionId: string): string => `arrears-${decisionId}`;

const isoOf = (d: Date | null): string | null => (d ? calendarDateFromDb(d) : null);

/**
 * Re-plans the family's months after a final decision that supersedes the running one (docs/payments.md, "Later
 * decisions"; replan.ts), in one transaction: unpaid months (stopped ones too) take the new amount or are cancelled, new months are
 * added, and months already paid short are owed one arrears order (`arrears-<decisionId>`). The months it covers
 * then carry the new amount, so a second run, or a later decision, never owes them twice.
 */
export async function applyAssignmentChange(
  db: Db,
  opts: { applicationId: string; decisionId: string; now: Date },
): Promise<AppliedAssignmentChange> {
  return db.$transaction(async (tx) => {
    // One change at a time per family: a concurrent handler waits here and then sees the months this one wrote.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${opts.applicationId} FOR NO KEY UPDATE`;
    const d = await tx.decision.findUniqueOrThrow({ where: { id: opts.decisionId } });
    if (d.applicationId !== opts.applicationId)
      throw new Error(`decision ${d.id} is not of application ${opts.applicationId}`);
    const none: AppliedAssignmentChange = {
      changed: 0,
      cancelled: 0,
      added: 0,
      revived: 0,
      arrearsOrderId: null,
      arrearsQepik: 0,
    };
    if (!d.final || d.outcome === "REVIEW") return none;
    // A decision that was itself superseded since is not the one in force: its successor's event re-plans.
    if (await tx.decision.count({ where: { supersedesId: d.id } })) return none;

    const rows = await tx.monthlyEntitlement.findMany({
      where: { applicationId: opts.applicationId },
      orderBy: { month: "asc" },
    });
    const current: Entitlement[] = rows.map((r) => ({
      month: calendarDateFromDb(r.month).slice(0, 7),
      amountQepik: r.amountQepik,
      status: r.status,
    }));
    const terms = {
      outcome: d.outcome,
      amountQepik: d.amountQepik,
      periodFrom: isoOf(d.periodFrom),
      periodTo: isoOf(d.periodTo),
    };
    const from = d.effectiveFrom ? monthOf(calendarDateFromDb(d.effectiveFrom)) : null;
    const replan = replanEntitlements(current, terms, from, await overturnedMonths(tx, d.supersedesId, rows));
    const monthDate = (m: string) => calendarDateToDb(firstDayOfMonth(m));
    const statusOf = new Map(current.map((e) => [e.month, e.status]));

    for (const c of replan.changed) {
      await tx.monthlyEntitlement.updateMany({
        where: {
          applicationId: opts.applicationId,
          month: monthDate(c.month),
          status: { in: ["PLANNED", "REJECTED", "STOPPED"] },
        },
        data: { amountQepik: c.amountQepik, decisionId: d.id },
      });
    }
    // Each cancelled month keeps what it was (`cancelledFrom`), for an appeal that overturns this decision.
    for (const was of ["PLANNED", "STOPPED", "REJECTED"] as const) {
      const months = replan.cancelled.filter((m) => statusOf.get(m) === was);
      if (months.length === 0) continue;
      await tx.monthlyEntitlement.updateMany({
        where: { applicationId: opts.applicationId, month: { in: months.map(monthDate) }, status: was },
        data: { status: "CANCELLED", cancelledFrom: was, decisionId: d.id },
      });
    }
    // A revived month goes back to what it was before the ending. A stopped month stays stopped: nothing was
    // withdrawn, and the family asks to resume as before (planned, the payroll would pay it). Only unpaid months were
    // cancelled: one with an order behind it had been rejected by the bank, and comes back REJECTED, so the payroll's
    // retry or staff's resend sends it under the next attempt's key (PLANNED, the payroll would reuse the first
    // order's key and send nothing). A month cancelled before `cancelledFrom` was kept is told by its order alone.
    const rowOf = new Map(rows.map((row) => [calendarDateFromDb(row.month).slice(0, 7), row]));
    const revived = replan.revived.flatMap((r) => {
      const row = rowOf.get(r.month);
      return row ? [{ id: row.id, amountQepik: r.amountQepik, was: row.cancelledFrom }] : [];
    });
    const ordered = new Set(
      (
        await tx.paymentOrder.findMany({
          where: { kind: "MONTHLY", entitlementId: { in: revived.map((r) => r.id) } },
          select: { entitlementId: true },
        })
      ).map((o) => o.entitlementId),
    );
    for (const r of revived) {
      await tx.monthlyEntitlement.updateMany({
        where: { id: r.id, status: "CANCELLED" },
        data: {
          status: r.was === "STOPPED" ? "STOPPED" : ordered.has(r.id) ? "REJECTED" : "PLANNED",
          cancelledFrom: null,
          amountQepik: r.amountQepik,
          decisionId: d.id,
        },
      });
    }
    if (replan.added.length > 0) {
      await tx.monthlyEntitlement.createMany({
        data: replan.added.map((e) => ({
          applicationId: opts.applicationId,
          decisionId: d.id,
          month: monthDate(e.month),
          amountQepik: e.amountQepik,
          status: e.status,
        })),
        skipDuplicates: true,
      });
    }
    let arrearsOrderId: string | null = null;
    if (replan.arrearsQepik > 0) {
      const target = new Map(planEntitlements(terms).map((e) => [e.month, e.amountQepik]));
      const short = rows.filter((r) => {
        const m = calendarDateFromDb(r.month).slice(0, 7);
        return (from === null || m >= from) && isPaidOrPaying(r.status) && (target.get(m) ?? 0) > r.amountQepik;
      });
      const order = await tx.paymentOrder.upsert({
        where: { idempotencyKey: arrearsKey(d.id) },
        update: {},
        create: {
          applicationId: opts.applicationId,
          kind: "ARREARS",
          decisionId: d.id,
          amountQepik: replan.arrearsQepik,
          idempotencyKey: arrearsKey(d.id),
          status: "PENDING",
          createdAt: opts.now,
        },
        select: { id: true },
      });
      arrearsOrderId = order.id;
      for (const r of short) {
        await tx.monthlyEntitlement.update({
          where: { id: r.id },
          data: { amountQepik: target.get(calendarDateFromDb(r.month).slice(0, 7))!, decisionId: d.id },
        });
      }
    } else {
      arrearsOrderId =
        (await tx.paymentOrder.findUnique({ where: { idempotencyKey: arrearsKey(d.id) }, select: { id: true } }))?.id ??
        null;
    }
    return {
      changed: replan.changed.length,
      cancelled: replan.cancelled.length,
      added: replan.added.length,
      revived: replan.revived.length,
      arrearsOrderId,
      arrearsQepik: replan.arrearsQepik,
    };
  });
}

/**
 * The months the decision `supersededId` cancelled because it did not pay them (it ended or refused the assistance):
 * the rows it marked CANCELLED that its own terms do not plan. A month it merely kept as cancelled (a renewal took it
 * over: that row carries the renewal's decision) or a rejected month staff cancelled (the row keeps the decision that
 * planned it, which pays it) is not among them, so overturning the decision never pays those.
 */
async function overturnedMonths(
  tx: Prisma.TransactionClient,
  supersededId: string | null,
  rows: readonly { month: Date; status: string; decisionId: string }[],
): Promise<Set<YearMonth>> {
  if (!supersededId) return new Set();
  const cancelledByIt = rows.filter((r) => r.status === "CANCELLED" && r.decisionId === supersededId);
  if (cancelledByIt.length === 0) return new Set();
  const prev = await tx.decision.findUniqueOrThrow({ where: { id: supersededId } });
  const paidByIt = new Set(
    planEntitlements({
      outcome: prev.outcome === "ASSIGN" ? "ASSIGN" : "REFUSE",
      amountQepik: prev.amountQepik,
      periodFrom: isoOf(prev.periodFrom),
      periodTo: isoOf(prev.periodTo),
    }).map((e) => e.month),
  );
  return new Set(cancelledByIt.map((r) => calendarDateFromDb(r.month).slice(0, 7)).filter((m) => !paidByIt.has(m)));
}

/** Whether the family's months were planned from another decision than `decisionId`: a decision then changes them. */
export async function changesRunningMonths(
  db: Db,
  opts: { applicationId: string; decisionId: string },
): Promise<boolean> {
  return (
    (await db.monthlyEntitlement.count({
      where: { applicationId: opts.applicationId, decisionId: { not: opts.decisionId } },
    })) > 0
  );
}
