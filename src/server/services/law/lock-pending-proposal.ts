import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";

/**
 * A pending proposal, locked for the rest of the transaction: of a confirmation, a withdrawal and a rejection at
 * once, one changes it and the others find it no longer pending.
 */
export async function lockPendingProposal(tx: Prisma.TransactionClient, proposalId: string) {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM "ParameterProposal" WHERE "id" = ${proposalId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("notFound");
  const proposal = await tx.parameterProposal.findUniqueOrThrow({ where: { id: proposalId } });
  if (proposal.status !== "PENDING") throw new AppError("parameterNotPending");
  return proposal;
}
