import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { bakuDate } from "@/kernel/calendar-date";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { AnnounceInspection } from "./announce-inspection";
import { assignedInspection } from "./find-assigned-inspection";
import { ZInspectionResult } from "./inspection-result";
import { currentStatus, type VisitOutcome } from "./visit-outcome";

export interface RecordInspectionOptions {
  inspectionId: string;
  result: unknown;
  now: Date;
}

/**
 * The assigned inspector submits what they found. Only a SCHEDULED inspection takes a result; a repeated
 * submit (a tablet retrying after a lost answer) changes nothing and says so, and announces again so that an
 * announcement lost after the first commit is not lost for good.
 */
export async function recordInspection(
  db: Db,
  user: SessionUser,
  options: RecordInspectionOptions,
  deps: { announce: AnnounceInspection },
): Promise<VisitOutcome> {
  if (user.role !== "INSPECTOR") throw new AppError("forbidden");
  const parsed = ZInspectionResult.safeParse(options.result);
  if (!parsed.success) throw new AppError("invalidInput", { field: parsed.error.issues[0]?.path.join(".") ?? "" });
  const result = parsed.data;
  if (result.visitedOn > bakuDate(options.now)) throw new AppError("invalidInput", { field: "visitedOn" });

  const outcome = await db.$transaction(async (tx): Promise<VisitOutcome> => {
    const inspection = await tx.inspection.findFirst({
      where: assignedInspection(user, options.inspectionId),
      select: {
        id: true,
        status: true,
        applicationId: true,
        application: { select: { districtCode: true, members: { select: { fin: true } } } },
      },
    });
    if (!inspection) throw new AppError("notFound");
    const unchanged = {
      changed: false,
      status: inspection.status,
      applicationId: inspection.applicationId,
      inspectionId: inspection.id,
    };
    if (inspection.status !== "SCHEDULED") return unchanged;
    const fins = new Set(inspection.application.members.map((m) => m.fin));
    if (result.membersPresent.some((fin) => !fins.has(fin)))
      throw new AppError("invalidInput", { field: "membersPresent" });

    // The status condition makes two submits racing each other record one result.
    const { count } = await tx.inspection.updateMany({
      where: { id: inspection.id, status: "SCHEDULED" },
      data: {
        status: "COMPLETED",
        result: result as Prisma.InputJsonValue,
        needsJudgement: result.judgement !== null,
        judgementReason: result.judgement?.reason ?? null,
        completedAt: options.now,
      },
    });
    if (count === 0) return { ...unchanged, status: await currentStatus(tx, inspection.id) };
    await recordAudit(tx, {
      actor: user,
      action: "inspection.record",
      entity: "Inspection",
      entityId: inspection.id,
      applicationId: inspection.applicationId,
      districtCode: inspection.application.districtCode,
      details: { needsJudgement: result.judgement !== null, judgementCode: result.judgement?.code ?? null },
    });
    return { changed: true, status: "COMPLETED", applicationId: inspection.applicationId, inspectionId: inspection.id };
  });

  if (outcome.status === "COMPLETED") await deps.announce(outcome.applicationId, outcome.inspectionId);
  return outcome;
}
