import type { Db } from "@/server/db/create-client";

/**
 * Whether the order a bank wait is about has the bank's answer: the application's latest order (the newest round
 * of the newest decision). An earlier round, refused before staff ordered the account again, is not it; counting
 * it would fast-forward the new round's waits one after the other until the chain gave up.
 */
export async function latestOrderAnswered(db: Db, applicationId: string): Promise<boolean> {
  const order = await db.bankAccountOrder.findFirst({
    where: { applicationId },
    orderBy: [{ requestedAt: "desc" }, { round: "desc" }],
    select: { status: true },
  });
  return order?.status === "OPENED" || order?.status === "FAILED";
}
