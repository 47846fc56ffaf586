import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { scopedLogger } from "@/server/observability/logger";
import { recordAudit } from "@/server/services/audit/record-audit";
import { announcePaymentResend } from "./announce-payment-resend";
import { findRejectedMonth } from "./rejected-month";

export interface ResentMonth {
  orderId: string;
  month: string;
  attempt: number;
}

/**
 * A caseworker or supervisor of the district sends a month the bank rejected again, after confirming the family's
 * card account (docs/payments.md, "A rejected payment"): a new attempt n+1 with its own key
 * `payment-<entitlementId>-<n+1>`, at the month's amount in force, and the month ORDERED, in one transaction.
 * The background function `resend-payment` sends it; should its event be lost, the payroll sweep sends every
 * PENDING order, and the bank books the key once.
 *
 * Two staff pressing at once make one attempt: the month moves REJECTED → ORDERED only once (the second update
 * waits for the first's row lock and then finds the month ORDERED), and the key is unique besides.
 */
export async function resendRejectedMonth(
  db: Db,
  user: SessionUser,
  opts: { applicationId: string; entitlementId: string; now: Date },
): Promise<ResentMonth> {
  const resent = await db.$transaction(async (tx) => {
    const month = await findRejectedMonth(tx, user, opts);
    const account = await tx.bankAccountOrder.count({
      where: { applicationId: month.applicationId, status: "OPENED" },
    });
    if (account === 0) throw new AppError("paymentAccountNotOpen");
    const { count } = await tx.monthlyEntitlement.updateMany({
      where: { id: month.entitlementId, status: "REJECTED" },
      data: { status: "ORDERED", updatedAt: opts.now },
    });
    if (count === 0) throw new AppError("paymentMonthNotRejected");
    const attempt = month.lastOrder.attempt + 1;
    const order = await tx.paymentOrder.create({
      data: {
        id: `pay-${month.entitlementId}-${attempt}`,
        applicationId: month.applicationId,
        kind: "MONTHLY",
        entitlementId: month.entitlementId,
        amountQepik: month.amountQepik,
        idempotencyKey: `payment-${month.entitlementId}-${attempt}`,
        attempt,
        createdAt: opts.now,
      },
      select: { id: true },
    });
    const monthText = calendarDateFromDb(month.month).slice(0, 7);
    await recordAudit(tx, {
      actor: user,
      action: "payments.month-resent",
      entity: "PaymentOrder",
      entityId: order.id,
      applicationId: month.applicationId,
      districtCode: month.districtCode,
      details: {
        month: monthText,
        attempt,
        previousOrderId: month.lastOrder.id,
        previousReason: month.lastOrder.reasonCode,
      },
    });
    return { applicationId: month.applicationId, orderId: order.id, month: monthText, attempt };
  });

  try {
    await announcePaymentResend({ applicationId: resent.applicationId, orderId: resent.orderId });
  } catch (error) {
    // The order stands PENDING; the payroll sweep sends it. Ids only.
    scopedLogger("payments").warn(
      { orderId: resent.orderId, errorName: error instanceof Error ? error.name : "unknown" },
      "announcing the re-sent payment failed",
    );
  }
  return { orderId: resent.orderId, month: resent.month, attempt: resent.attempt };
}
