import type { Db } from "@/server/db/create-client";
import { ANNOUNCE_GRACE_MS } from "@/server/services/applications/find-unannounced-submissions";

const SWEEP_LIMIT = 200;

/**
 * Change reports still RECEIVED more than ANNOUNCE_GRACE_MS after they were made: their `change/reported` was
 * lost (report-change.ts audits the failure), since the reassessment's first step moves a report on at once.
 */
export async function findUnannouncedChangeReports(
  db: Db,
  opts: { now: Date },
): Promise<{ applicationId: string; reportId: string }[]> {
  const rows = await db.changeReport.findMany({
    where: { status: "RECEIVED", createdAt: { lt: new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS) } },
    orderBy: { createdAt: "asc" },
    take: SWEEP_LIMIT,
    select: { id: true, applicationId: true },
  });
  return rows.map((r) => ({ applicationId: r.applicationId, reportId: r.id }));
}

/**
 * Change reports decided more than ANNOUNCE_GRACE_MS ago whose family was never told: the decision is written
 * before its `change/decided` is sent, and that run first queues the CHANGE_DECISION message (dedupe key
 * `<applicationId>:CHANGE_DECISION:<decisionId>`), so no such message means the event was lost.
 */
export async function findUnannouncedChangeDecisions(
  db: Db,
  opts: { now: Date },
): Promise<{ applicationId: string; decisionId: string }[]> {
  const decided = await db.changeReport.findMany({
    where: {
      status: "DECIDED",
      resultDecisionId: { not: null },
      decidedAt: { lt: new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS) },
    },
    orderBy: { decidedAt: "desc" },
    take: SWEEP_LIMIT,
    select: { applicationId: true, resultDecisionId: true },
  });
  const keyOf = (r: { applicationId: string; resultDecisionId: string | null }) =>
    `${r.applicationId}:CHANGE_DECISION:${r.resultDecisionId}`;
  const told = new Set(
    (
      await db.notification.findMany({ where: { dedupeKey: { in: decided.map(keyOf) } }, select: { dedupeKey: true } })
    ).map((n) => n.dedupeKey),
  );
  return decided.flatMap((r) =>
    r.resultDecisionId && !told.has(keyOf(r))
      ? [{ applicationId: r.applicationId, decisionId: r.resultDecisionId }]
      : [],
  );
}
