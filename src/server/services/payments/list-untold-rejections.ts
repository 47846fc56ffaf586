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
    select: {
      id: true,
      applicationId: true,
      attempt: true,
      reasonCode: true,
      entitlement: { select: { month: true } },
    },
    orderBy: { id: "asc" },
    take: opts.limit,
  });
  return orders.flatMap((o) =>
    o.entitlement
      ? [
          {
            orderId: o.id,
            applicationId: o.applicationId,
            month: calendarDateFromDb(o.entitlement.month).slice(0, 7),
            attempt: o.attempt,
            resend: afterRejection(o.reasonCode, o.attempt) === "RESEND",
          },
        ]
      : [],
  );
}
