import type { Prisma } from "@/generated/prisma/client";

/**
 * The people who had a hand in a decision (RULES.md, appeal): its author, and the reviewer and confirmer of any
 * review of it. None of them may handle an appeal against it.
 */
export async function peopleInvolvedIn(tx: Pick<Prisma.TransactionClient, "caseReview">, decision: { id: string; decidedBy: string }): Promise<Set<string>> {
  const reviews = await tx.caseReview.findMany({ where: { decisionId: decision.id }, select: { reviewerId: true, confirmedById: true } });
  return new Set([decision.decidedBy, ...reviews.flatMap((r) => [r.reviewerId, r.confirmedById]).filter((id): id is string => id !== null)]);
}
