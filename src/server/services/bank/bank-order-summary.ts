import type { BankAccountOrder, BankOrderStatus } from "@/generated/prisma/client";

/** An order as the background chain and the screens may see it: the account number only masked. */
export interface BankOrderSummary {
  orderId: string;
  decisionId: string;
  /** 1 for the chain's order, 2, 3, … for a card account staff ordered again. */
  round: number;
  applicationId: string;
  status: BankOrderStatus;
  accountMasked: string | null;
  branchName: string | null;
  branchNameRu: string | null;
  branchNameEn: string | null;
  branchAddress: string | null;
  cardPickupDate: string | null;
  attempts: number;
  lastError: string | null;
  /** The account of the assignment a renewal continues, taken over instead of ordered (reuse-card-account.ts). */
  reused: boolean;
}

export function summarizeOrder(order: BankAccountOrder): BankOrderSummary {
  return {
    orderId: order.id,
    decisionId: order.decisionId,
    round: order.round,
    applicationId: order.applicationId,
    status: order.status,
    accountMasked: order.accountMasked,
    branchName: order.branchName,
    branchNameRu: order.branchNameRu,
    branchNameEn: order.branchNameEn,
    branchAddress: order.branchAddress,
    cardPickupDate: order.cardPickupDate ? order.cardPickupDate.toISOString().slice(0, 10) : null,
    attempts: order.attempts,
    lastError: order.lastError,
    reused: order.reusedFromId !== null,
  };
}

/** A calendar date "YYYY-MM-DD" as a @db.Date value. */
export const dateColumn = (isoDate: string): Date => new Date(`${isoDate}T00:00:00.000Z`);
