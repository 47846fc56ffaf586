import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { bakuDate } from "@/kernel/calendar-date";
import { withinParameterBounds } from "@/lib/law/parameter-bounds";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { lockPendingProposal } from "./lock-pending-proposal";

/**
 * A second administrator confirms a proposed value (four eyes: the proposer cannot). The confirmation writes the
 * Parameter row the engine reads, from its valid-from date on. A proposal whose date has arrived before it was
 * confirmed is refused: confirming it then would change the law for days already decided. A proposal that is not to
 * be confirmed is rejected instead (close-parameter-proposal.ts).
 */
export async function confirmParameter(
  db: Db,
  admin: SessionUser,
  proposalId: string,
  now: Date,
): Promise<{ parameterId: string }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const proposal = await lockPendingProposal(tx, proposalId);
    if (proposal.proposedById === admin.id) throw new AppError("fourEyesRequired");
    const validFrom = calendarDateFromDb(proposal.validFrom);
    if (validFrom <= bakuDate(now)) throw new AppError("parameterDateNotFuture");
    // A proposal recorded before the ranges were checked may still hold a typing error: it is rejected, not confirmed.
    if (!withinParameterBounds(proposal.code, proposal.value)) throw new AppError("parameterValueOutOfRange");
    const definition = await tx.parameter.findFirst({ where: { code: proposal.code }, select: { unit: true } });
    if (!definition) throw new AppError("invalidInput");
    const taken = await tx.parameter.findFirst({
      where: { code: proposal.code, validFrom: proposal.validFrom },
      select: { id: true },
    });
    if (taken) throw new AppError("parameterDateTaken");
    const parameter = await tx.parameter.create({
      data: {
        code: proposal.code,
        validFrom: proposal.validFrom,
        value: proposal.value,
        unit: definition.unit,
        legalReference: proposal.legalReference,
        note: proposal.note,
        createdById: proposal.proposedById,
      },
      select: { id: true },
    });
    await tx.parameterProposal.update({
      where: { id: proposal.id },
      data: { status: "CONFIRMED", confirmedById: admin.id, confirmedAt: now, parameterId: parameter.id },
    });
    await recordAudit(tx, {
      actor: admin,
      action: "parameter.confirmed",
      entity: "Parameter",
      entityId: parameter.id,
      details: {
        proposalId: proposal.id,
        code: proposal.code,
        validFrom,
        value: proposal.value,
        proposedById: proposal.proposedById,
      },
    });
    return { parameterId: parameter.id };
  });
}
