import type { Db } from "@/server/db/create-client";
import type { BankReorder } from "@/server/services/bank/announce-bank-reorder";
import { ANNOUNCE_GRACE_MS } from "@/server/services/applications/find-unannounced-submissions";

/**
 * Card accounts staff ordered again whose run never started: the new round is saved before its
 * `bank/reorder.requested` is sent, so a failed send leaves it unannounced, and the run's first effect is to claim
 * the round's first attempt, so a round after the first that is still PENDING with no attempt after the grace
 * period was never picked up. Staff cannot fix that themselves (the round is within the chain's wait), so the
 * sweep announces it again under the same event id.
 */
export async function findUnannouncedReorders(db: Db, opts: { now: Date }): Promise<BankReorder[]> {
  const rows = await db.bankAccountOrder.findMany({
    where: {
      round: { gt: 1 },
      status: "PENDING",
      attempts: 0,
      requestedAt: { lt: new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS) },
    },
    orderBy: { requestedAt: "asc" },
    take: 200,
    select: { id: true, applicationId: true, decisionId: true },
  });
  return rows.map((r) => ({ applicationId: r.applicationId, decisionId: r.decisionId, orderId: r.id }));
}
