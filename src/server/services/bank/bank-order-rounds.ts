import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";

/**
 * The key the bank gets for a round of a decision's order. Round 1 keeps the key orders had before there were
 * rounds, so an order already at the bank is still recognised; a round ordered again by staff gets its own key,
 * since the bank answers a repeated key with the first (refused) order.
 */
export function roundIdempotencyKey(decisionId: string, round: number): string {
  return round === 1 ? `vemtas-account-${decisionId}` : `vemtas-account-${decisionId}-r${round}`;
}

/** The decision's live order, its highest round; earlier rounds are history (refused, or given up on). */
export function latestRound(db: Db | Prisma.TransactionClient, decisionId: string) {
  return db.bankAccountOrder.findFirst({ where: { decisionId }, orderBy: { round: "desc" } });
}
