import type { Db } from "@/server/db/create-client";
import { recordAudit } from "@/server/services/audit/record-audit";

export const CHAIN_STOPPED_ACTION = "application.chainStopped";

/**
 * The application's background run failed for good (a step kept failing through all its retries, e.g. the
 * database unreachable for hours): the chain will not move this application on its own any more, so the district's
 * staff must see it (listNeedsAttention) and the operator must find the run. One audit row per failed run (the
 * failure handler runs at least once); only the run id and the error's class, never its message, which may quote
 * personal data.
 */
export async function recordChainStopped(
  db: Db,
  opts: { applicationId: string; runId: string; errorName: string },
): Promise<{ recorded: boolean }> {
  const app = await db.application.findUnique({
    where: { id: opts.applicationId },
    select: { id: true, districtCode: true },
  });
  if (!app) return { recorded: false };
  const already = await db.auditLog.findFirst({
    where: { action: CHAIN_STOPPED_ACTION, applicationId: app.id, details: { path: ["runId"], equals: opts.runId } },
    select: { id: true },
  });
  if (already) return { recorded: false };
  await recordAudit(db, {
    actor: null,
    action: CHAIN_STOPPED_ACTION,
    entity: "Application",
    entityId: app.id,
    applicationId: app.id,
    districtCode: app.districtCode,
    details: { runId: opts.runId, error: opts.errorName },
  });
  return { recorded: true };
}
