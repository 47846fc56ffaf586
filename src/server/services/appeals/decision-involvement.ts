import type { Prisma } from "@/generated/prisma/client";

/**
 * The people who had a hand in deciding the application (RULES.md, appeal): the author of ANY of its decisions, and
 * the reviewer and confirmer of any review of any of them. An override confirmed on an earlier, superseded decision
 * still shaped the one appealed, so none of them may handle an appeal on that application. `exceptDecisionId` leaves
 * out the appeal's own answer, whose author is the appeal's handler.
 */
export async function peopleInvolvedIn(
  tx: Pick<Prisma.TransactionClient, "caseReview" | "decision">,
  applicationId: string,
  exceptDecisionId: string | null = null,
): Promise<Set<string>> {
  const [decisions, reviews] = await Promise.all([
    tx.decision.findMany({
      where: { applicationId, ...(exceptDecisionId ? { id: { not: exceptDecisionId } } : {}) },
      select: { decidedBy: true },
    }),
    tx.caseReview.findMany({ where: { applicationId }, select: { reviewerId: true, confirmedById: true } }),
  ]);
  return new Set([
    ...decisions.map((d) => d.decidedBy),
    ...reviews.flatMap((r) => [r.reviewerId, r.confirmedById]).filter((id): id is string => id !== null),
  ]);
}
