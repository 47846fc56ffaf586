import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { AnnounceInspection } from "./announce-inspection";
import { assignedInspection } from "./find-assigned-inspection";
import { currentStatus, type VisitOutcome } from "./visit-outcome";

export interface RecordMissedVisitOptions {
  inspectionId: string;
  /** What the inspector found at the door (nobody answered, neighbours say the family is away, ...). */
  note: string;
  now: Date;
}

/**
 * Nobody was at home: the visit is MISSED and the chain is told with the same event as a completed visit, so
 * that it reschedules. Like a result, it is taken only once.
 */
export async function recordMissedVisit(
  db: Db,
  user: SessionUser,
  options: RecordMissedVisitOptions,
  deps: { announce: AnnounceInspection },
): Promise<VisitOutcome> {
  if (user.role !== "INSPECTOR") throw new AppError("forbidden");
  const outcome = await db.$transaction(async (tx): Promise<VisitOutcome> => {
    const inspection = await tx.inspection.findFirst({
      where: assignedInspection(user, options.inspectionId),
      select: { id: true, status: true, applicationId: true, application: { select: { districtCode: true } } },
    });
    if (!inspection) throw new AppError("notFound");
    const unchanged = {
      changed: false,
      status: inspection.status,
      applicationId: inspection.applicationId,
      inspectionId: inspection.id,
    };
    if (inspection.status !== "SCHEDULED") return unchanged;
    const { count } = await tx.inspection.updateMany({
      where: { id: inspection.id, status: "SCHEDULED" },
      // missedAt: the reports count the visit on the day it was recorded missed, not on the day it was booked for.
      data: { status: "MISSED", note: options.note, missedAt: options.now },
    });
    if (count === 0) return { ...unchanged, status: await currentStatus(tx, inspection.id) };
    await recordAudit(tx, {
      actor: user,
      action: "inspection.missed",
      entity: "Inspection",
      entityId: inspection.id,
      applicationId: inspection.applicationId,
      districtCode: inspection.application.districtCode,
    });
    return { changed: true, status: "MISSED", applicationId: inspection.applicationId, inspectionId: inspection.id };
  });

  if (outcome.status === "MISSED") await deps.announce(outcome.applicationId, outcome.inspectionId);
  return outcome;
}
