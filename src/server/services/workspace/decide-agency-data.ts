import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import type { ManualEntryDecision } from "@/lib/workspace/manual-agency-entry";
import { applicationScope } from "@/server/services/access/application-scope";
import { recordAudit } from "@/server/services/audit/record-audit";
import { applyAgencyData } from "./apply-agency-data";

/**
 * The second pair of eyes on facts entered by hand that change the outcome: a supervisor of the district other
 * than the person who entered them confirms (the entry becomes the agency's answer and an open case is assessed
 * again) or rejects it with a reason. Audited; another district's entry reads as not found.
 */
export async function decideAgencyData(
  db: Db,
  user: SessionUser,
  decision: ManualEntryDecision,
  now: Date,
): Promise<{ entryId: string; status: "APPLIED" | "REJECTED"; rerun: boolean }> {
  if (user.role !== "SUPERVISOR") throw new AppError("forbidden");
  const entry = await db.manualAgencyEntry.findFirst({
    where: { id: decision.entryId, application: applicationScope(user) },
    include: { application: { select: { districtCode: true } } },
  });
  if (!entry) throw new AppError("notFound");
  if (entry.status !== "PENDING") throw new AppError("agencyDataNotPending");
  if (entry.enteredById === user.id) throw new AppError("ownEntryNeedsAnotherSupervisor");
  if (decision.action === "CONFIRM") {
    const result = await db.agencyResult.findUnique({
      where: {
        applicationId_agency_memberFin: {
          applicationId: entry.applicationId,
          agency: entry.agency,
          memberFin: entry.memberFin,
        },
      },
      select: { available: true },
    });
    // The agency answered meanwhile (asked again): its answer stands, the entry can only be rejected.
    if (result?.available !== false) throw new AppError("agencyDataNotMissing");
  }
  // Only a waiting entry changes state, so two supervisors answering at once do not both act.
  const claimed = await db.manualAgencyEntry.updateMany({
    where: { id: entry.id, status: "PENDING" },
    data: {
      status: decision.action === "CONFIRM" ? "APPLIED" : "REJECTED",
      decidedById: user.id,
      decidedAt: now,
      decisionReason: decision.action === "REJECT" ? decision.reason : null,
    },
  });
  if (claimed.count === 0) throw new AppError("agencyDataNotPending");
  await recordAudit(db, {
    actor: user,
    action: decision.action === "CONFIRM" ? "agencyData.confirmed" : "agencyData.rejected",
    entity: "ManualAgencyEntry",
    entityId: entry.id,
    applicationId: entry.applicationId,
    districtCode: entry.application.districtCode,
    details: { agency: entry.agency, enteredBy: entry.enteredById },
  });
  if (decision.action === "REJECT") return { entryId: entry.id, status: "REJECTED", rerun: false };
  const { refresh } = await applyAgencyData(db, entry, now);
  return { entryId: entry.id, status: "APPLIED", rerun: refresh.rerun };
}
