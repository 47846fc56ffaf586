import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findRejectedMonth } from "./rejected-month";

/**
 * Why staff may cancel a month the family is owed (docs/payments.md, "A rejected payment"): it was paid by other
 * means (e.g. at the office), or the representative declined it in writing. A family no longer entitled is not
 * among them: that is a new decision, whose re-planning cancels the months it does not pay.
 */
export const ZCancelReason = z.enum(["PAID_OTHERWISE", "FAMILY_DECLINED"]);
export type CancelReason = z.infer<typeof ZCancelReason>;

/**
 * A caseworker or supervisor of the district cancels a month the bank rejected: the month becomes CANCELLED (not
 * owed, never sent again) and leaves "Needs attention"; the reason is audited. The family is not sent a notice:
 * both reasons are facts the family itself took part in, and its page shows the month as cancelled.
 */
export async function cancelRejectedMonth(
  db: Db,
  user: SessionUser,
  opts: { applicationId: string; entitlementId: string; reason: CancelReason; now: Date },
): Promise<{ month: string }> {
  return db.$transaction(async (tx) => {
    const month = await findRejectedMonth(tx, user, opts);
    const { count } = await tx.monthlyEntitlement.updateMany({
      where: { id: month.entitlementId, status: "REJECTED" },
      data: { status: "CANCELLED", updatedAt: opts.now },
    });
    if (count === 0) throw new AppError("paymentMonthNotRejected");
    const monthText = calendarDateFromDb(month.month).slice(0, 7);
    await recordAudit(tx, {
      actor: user,
      action: "payments.month-cancelled",
      entity: "MonthlyEntitlement",
      entityId: month.entitlementId,
      applicationId: month.applicationId,
      districtCode: month.districtCode,
      details: { month: monthText, reason: opts.reason, lastOrderId: month.lastOrder.id },
    });
    return { month: monthText };
  });
}
