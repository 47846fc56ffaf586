import type { Db } from "@/server/db/create-client";

/** The family was told of the rejected order: the payroll's notice step no longer picks it. Safe to repeat. */
export async function markRejectionTold(db: Db, orderId: string, now: Date): Promise<void> {
  await db.paymentOrder.updateMany({ where: { id: orderId, toldAt: null }, data: { toldAt: now } });
}
