import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { afterRejection } from "@/server/domain/payments/rejection";

export interface UntoldRejection {
  orderId: string;
  applicationId: string;
  month: string;
  attempt: number;
  resend: boolean;
}

/**
 * Monthly payments the bank rejected whose family has not been told yet (docs/payments.md, "A rejected payment"),
 * with what happens next: sent again by the next payroll, or taken up by a person. A rejection answered by a late
 * callback is found by the next sweep.
 */
export async function listUntoldRejections(db: Db, opts: { limit: number }): Promise<UntoldRejection[]> {
  const orders = await db.paymentOrder.findMany({
    where: { kind: "MONTHLY", status: "REJECTED", toldAt: null, entitlementId: { not: null } },
    select: { id: true, applicationId: true, attempt: true, reasonCode: true, entitlementId: true },
    orderBy: { id: "asc" },
    take: opts.limit,
  });
  const months = new Map(
    (
      await db.monthlyEntitlement.findMany({
        where: { id: { in: orders.flatMap((o) => (o.entitlementId ? [o.entitlementId] : [])) } },
        select: { id: true, month: true },
      })
    ).map((e) => [e.id, calendarDateFromDb(e.month).slice(0, 7)]),
  );
  return orders.flatMap((o) => {
    const month = o.entitlementId ? months.get(o.entitlementId) : undefined;
    return month
      ? [
          {
            orderId: o.id,
            applicationId: o.applicationId,
            month,
            attempt: o.attempt,
            resend: afterRejection(o.reasonCode, o.attempt) === "RESEND",
          },
        ]
      : [];
  });
}
