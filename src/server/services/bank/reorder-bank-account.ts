import { Prisma, type BankAccountOrder } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { announceOrRecord } from "@/server/services/audit/announce-or-record";
import { announceBankReorder, type BankReorder } from "./announce-bank-reorder";
import { latestRound, roundIdempotencyKey } from "./bank-order-rounds";
import { BANK_WAIT_MS } from "./bank-wait";

export interface BankReordered extends BankReorder {
  round: number;
}

/**
 * A caseworker or supervisor of the district orders the family's card account again when the bank refused the
 * assignment's latest order (FAILED) or the chain gave up waiting for it: a new round of the order, PENDING, that
 * the background function `reorder-bank-account` sends to the bank under its own idempotency key.
 *
 * Two staff pressing at once make one round: both would write the same (decision, round), and the unique
 * constraint refuses the second, which gets `bankOrderAlreadyReordered`.
 */
export async function reorderBankAccount(
  db: Db,
  user: SessionUser,
  opts: { applicationId: string; now: Date },
): Promise<BankReordered> {
  if (user.role !== "CASEWORKER" && user.role !== "SUPERVISOR") throw new AppError("forbidden");

  let reordered: BankReordered;
  try {
    reordered = await db.$transaction(async (tx) => {
      const application = await tx.application.findFirst({
        where: { id: opts.applicationId, ...applicationScope(user) },
        select: { id: true, districtCode: true },
      });
      if (!application) throw new AppError("notFound");
      // The decision in force: final, and not superseded by an appeal's answer.
      const decision = await tx.decision.findFirst({
        where: { applicationId: application.id, final: true, supersededBy: { is: null } },
        orderBy: { createdAt: "desc" },
        select: { id: true, outcome: true },
      });
      const latest = decision?.outcome === "ASSIGN" ? await latestRound(tx, decision.id) : null;
      if (!decision || !latest || !(await chainGaveUp(tx, latest, opts.now))) throw new AppError("bankOrderNotFailed");

      if (latest.status !== "FAILED") {
        // An order given up on is closed first, so a late answer from the bank for it changes nothing (the
        // callback applies only to an order still waiting) and the family hears of one account only.
        const { count } = await tx.bankAccountOrder.updateMany({
          where: { id: latest.id, status: { in: ["PENDING", "SENT"] } },
          data: { status: "FAILED", lastError: `superseded by round ${latest.round + 1}` },
        });
        // The bank's answer landed meanwhile: an opened account needs no new round.
        if (
          count === 0 &&
          (await tx.bankAccountOrder.findUniqueOrThrow({ where: { id: latest.id } })).status !== "FAILED"
        )
          throw new AppError("bankOrderNotFailed");
      }
      const round = latest.round + 1;
      const order = await tx.bankAccountOrder.create({
        data: {
          applicationId: application.id,
          decisionId: decision.id,
          round,
          idempotencyKey: roundIdempotencyKey(decision.id, round),
          requestedAt: opts.now,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: user,
        action: "bank.reorder",
        entity: "BankAccountOrder",
        entityId: order.id,
        applicationId: application.id,
        districtCode: application.districtCode,
        details: { decisionId: decision.id, round, previousOrderId: latest.id, previousStatus: latest.status },
      });
      return { applicationId: application.id, decisionId: decision.id, orderId: order.id, round };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("bankOrderAlreadyReordered");
    throw error;
  }

  // The new round stands; the sweep sends its event again (a PENDING round never tried).
  await announceOrRecord(db, () => announceBankReorder(reordered), "bank", {
    actor: user,
    action: "bank.reorderAnnounceFailed",
    entity: "BankAccountOrder",
    entityId: reordered.orderId,
    applicationId: reordered.applicationId,
  });
  return reordered;
}

/**
 * The chain has given up on an order when the bank refused it, or when it recorded that it stopped waiting
 * (`bank.accountNotOpened`), or once its whole wait has passed since the order was made. An opened order, or
 * one still within the wait, is not the staff's to order again.
 */
async function chainGaveUp(tx: Prisma.TransactionClient, order: BankAccountOrder, now: Date): Promise<boolean> {
  if (order.status === "FAILED") return true;
  if (order.status === "OPENED") return false;
  if (order.requestedAt.getTime() <= now.getTime() - BANK_WAIT_MS) return true;
  return (
    (await tx.auditLog.count({
      where: { action: "bank.accountNotOpened", entity: "BankAccountOrder", entityId: order.id },
    })) > 0
  );
}
