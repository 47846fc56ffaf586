import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";

export interface RejectedMonth {
  entitlementId: string;
  applicationId: string;
  districtCode: string | null;
  month: Date;
  amountQepik: number;
  /** The month's latest order, the one the bank rejected. */
  lastOrder: { id: string; attempt: number; reasonCode: string | null };
}

/**
 * The month a caseworker or supervisor acts on (docs/payments.md, "A rejected payment"): of an application in
 * their district, REJECTED, with its latest order rejected by the bank. Another district's month is "not found",
 * as for any read; a month in any other state is `paymentMonthNotRejected`.
 */
export async function findRejectedMonth(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  ref: { applicationId: string; entitlementId: string },
): Promise<RejectedMonth> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const month = await tx.monthlyEntitlement.findFirst({
    where: { id: ref.entitlementId, applicationId: ref.applicationId, application: applicationScope(user) },
    select: {
      id: true,
      applicationId: true,
      month: true,
      amountQepik: true,
      status: true,
      application: { select: { districtCode: true } },
      paymentOrders: {
        orderBy: { attempt: "desc" },
        take: 1,
        select: { id: true, attempt: true, status: true, reasonCode: true },
      },
    },
  });
  if (!month) throw new AppError("notFound");
  const lastOrder = month.paymentOrders[0];
  if (month.status !== "REJECTED" || lastOrder?.status !== "REJECTED") throw new AppError("paymentMonthNotRejected");
  return {
    entitlementId: month.id,
    applicationId: month.applicationId,
    districtCode: month.application.districtCode,
    month: month.month,
    amountQepik: month.amountQepik,
    lastOrder: { id: lastOrder.id, attempt: lastOrder.attempt, reasonCode: lastOrder.reasonCode },
  };
}
