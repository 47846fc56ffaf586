import type { Db } from "@/server/db/create-client";

/** How long a submission may wait for its run to start before the sweep announces it again. */
export const ANNOUNCE_GRACE_MS = 10 * 60_000;
/** At most this many per sweep, so a long outage is caught up over a few sweeps instead of in one burst. */
const SWEEP_LIMIT = 200;

/**
 * Submitted applications whose chain never started: the submit stands even when its `application/submitted`
 * event could not be sent (the engine was down), and the run's first effect is the registration notice in the
 * outbox, so "SUBMITTED, older than the grace period, no registration notice" is exactly a lost announcement.
 */
export async function findUnannouncedSubmissions(db: Db, opts: { now: Date }): Promise<string[]> {
  const rows = await db.application.findMany({
    where: {
      status: "SUBMITTED",
      submittedAt: { lt: new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS) },
      notifications: { none: { kind: "REGISTRATION_NOTICE" } },
    },
    orderBy: { submittedAt: "asc" },
    take: SWEEP_LIMIT,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** One audit row per application announced again, so staff can see which submissions the engine missed. */
export async function recordReannouncements(db: Db, applicationIds: string[]): Promise<void> {
  await db.auditLog.createMany({
    data: applicationIds.map((id) => ({
      actorRole: "SYSTEM" as const,
      action: "application.reannounced",
      entity: "Application",
      entityId: id,
      applicationId: id,
    })),
  });
}
