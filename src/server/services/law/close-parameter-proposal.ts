import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { lockPendingProposal } from "./lock-pending-proposal";

type Closing = "WITHDRAWN" | "REJECTED";

/**
 * Closes a pending proposal without writing a value: the engine never saw it, and the same date may be proposed
 * again at once (propose-parameter.ts allows one pending proposal per parameter and date, so a wrong one blocked
 * the right one). The row stays, with who closed it and when.
 */
async function closeProposal(
  db: Db,
  admin: SessionUser,
  proposalId: string,
  now: Date,
  status: Closing,
): Promise<{ closed: true }> {
  if (admin.role !== "ADMIN") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const proposal = await lockPendingProposal(tx, proposalId);
    const own = proposal.proposedById === admin.id;
    // Four eyes both ways: the proposer takes back their own, another administrator turns down someone else's.
    if (status === "WITHDRAWN" && !own) throw new AppError("parameterWithdrawNotOwn");
    if (status === "REJECTED" && own) throw new AppError("parameterRejectOwn");
    await tx.parameterProposal.update({
      where: { id: proposal.id },
      data: { status, closedById: admin.id, closedAt: now },
    });
    await recordAudit(tx, {
      actor: admin,
      action: status === "WITHDRAWN" ? "parameter.withdrawn" : "parameter.rejected",
      entity: "ParameterProposal",
      entityId: proposal.id,
      details: {
        code: proposal.code,
        validFrom: calendarDateFromDb(proposal.validFrom),
        value: proposal.value,
        proposedById: proposal.proposedById,
      },
    });
    return { closed: true as const };
  });
}

/** The administrator who proposed a value takes it back while it awaits confirmation (a typing error, say). */
export function withdrawParameterProposal(db: Db, admin: SessionUser, proposalId: string, now: Date) {
  return closeProposal(db, admin, proposalId, now, "WITHDRAWN");
}

/** A second administrator turns down a pending proposal instead of confirming it. */
export function rejectParameterProposal(db: Db, admin: SessionUser, proposalId: string, now: Date) {
  return closeProposal(db, admin, proposalId, now, "REJECTED");
}
