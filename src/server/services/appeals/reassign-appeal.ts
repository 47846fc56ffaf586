import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { peopleInvolvedIn } from "./decision-involvement";

export const ZReassignAppeal = z.strictObject({
  appealId: z.string().min(1).max(64),
  supervisorId: z.string().min(1).max(64),
});
export type ReassignAppealInput = z.infer<typeof ZReassignAppeal>;

/**
 * The supervisors of the application's district who may take the appeal over from `currentId`: active, and with no
 * hand in any decision of the application (the appeal's independence rule, `peopleInvolvedIn`).
 */
export async function eligibleAppealHandlers(
  tx: Db | Prisma.TransactionClient,
  application: { id: string; districtCode: string | null },
  currentId: string | null,
): Promise<{ id: string; name: string }[]> {
  if (!application.districtCode) return [];
  const involved = [...(await peopleInvolvedIn(tx, application.id))];
  return tx.user.findMany({
    where: {
      role: "SUPERVISOR",
      active: true,
      districtCode: application.districtCode,
      id: { notIn: [...involved, ...(currentId ? [currentId] : [])] },
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * A supervisor hands an open appeal over to another eligible supervisor of the application's district. Allowed to
 * the appeal's current handler and to the district's own supervisors; any other appeal reads as not found. The
 * new handler must pass the same independence rule as the automatic pick. Audit `appeal.reassigned`.
 */
export async function reassignAppeal(db: Db, actor: SessionUser, input: ReassignAppealInput): Promise<void> {
  if (actor.role !== "SUPERVISOR") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const appeal = await tx.appeal.findUnique({
      where: { id: input.appealId },
      select: { id: true, status: true, supervisorId: true, application: { select: { id: true, districtCode: true } } },
    });
    const mayAct =
      appeal &&
      (appeal.supervisorId === actor.id ||
        (actor.districtCode !== null && appeal.application.districtCode === actor.districtCode));
    if (!appeal || !mayAct) throw new AppError("notFound");
    // Lock the appeal so that an answer and a handover cannot cross.
    await tx.$queryRaw`SELECT id FROM "Appeal" WHERE id = ${appeal.id} FOR UPDATE`;
    const current = await tx.appeal.findUniqueOrThrow({
      where: { id: appeal.id },
      select: { status: true, supervisorId: true },
    });
    if (current.status !== "OPEN") throw new AppError("appealNotOpen");
    const eligible = await eligibleAppealHandlers(tx, appeal.application, current.supervisorId);
    if (!eligible.some((s) => s.id === input.supervisorId)) throw new AppError("appealHandlerIneligible");
    await tx.appeal.update({ where: { id: appeal.id }, data: { supervisorId: input.supervisorId } });
    await recordAudit(tx, {
      actor,
      action: "appeal.reassigned",
      entity: "Appeal",
      entityId: appeal.id,
      applicationId: appeal.application.id,
      districtCode: appeal.application.districtCode,
      details: { from: current.supervisorId, to: input.supervisorId },
    });
  });
}
