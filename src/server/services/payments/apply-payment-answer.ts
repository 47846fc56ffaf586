import type { Db } from "@/server/db/create-client";
import { answer } from "@/server/domain/payments/payment-ledger";

/**
 * The bank's answer to a payment order (in its reply or by callback), applied once: only an order still waiting
 * (PENDING, SENT) takes it (payment-ledger.ts), and its month follows it (ORDERED → CREDITED or REJECTED).
 */
export async function applyPaymentAnswer(
  db: Db,
  orderId: string,
  verdict: { status: "CREDITED" | "REJECTED"; bankPaymentId: string | null; reasonCode?: string },
  now: Date,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const order = await tx.paymentOrder.findUnique({
      where: { id: orderId },
      select: { status: true, entitlementId: true },
    });
    if (!order || answer(order.status, verdict.status) === order.status) return false;
    const { count } = await tx.paymentOrder.updateMany({
      where: { id: orderId, status: { in: ["PENDING", "SENT"] } },
      data: {
        status: verdict.status,
        answeredAt: now,
        ...(verdict.bankPaymentId ? { bankPaymentId: verdict.bankPaymentId } : {}),
        lastError: verdict.status === "REJECTED" ? `rejected ${verdict.reasonCode ?? "NO_CODE"}` : null,
        ...(verdict.status === "REJECTED" ? { reasonCode: verdict.reasonCode ?? null } : {}),
      },
    });
    if (count === 0) return false;
    if (order.entitlementId) {
      await tx.monthlyEntitlement.updateMany({
        where: { id: order.entitlementId, status: "ORDERED" },
        data: { status: verdict.status },
      });
    }
    return true;
  });
}
