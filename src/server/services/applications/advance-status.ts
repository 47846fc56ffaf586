import type { ApplicationStatus, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";

export type Tx = Prisma.TransactionClient;

export interface LockedApplication {
  id: string;
  status: ApplicationStatus;
  districtCode: string | null;
}

/**
 * Locks the application row for the rest of the transaction. The citizen's withdrawal takes the same lock, so a
 * step that sees an open status here cannot be overtaken by a withdrawal before it commits.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<LockedApplication | null> {
  const [row] = await tx.$queryRaw<LockedApplication[]>`
    SELECT id, status, "districtCode" FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
  return row ?? null;
}

/**
 * Moves the application to `to` when it is in one of `from`, and writes the timeline row with the same time.
 * Already in `to`: nothing happens (a retried step). Returns the status the application has afterwards.
 */
export async function advanceStatusIn(
  tx: Tx,
  app: LockedApplication,
  change: { from: readonly ApplicationStatus[]; to: ApplicationStatus; now: Date; note?: string; actorUserId?: string },
): Promise<ApplicationStatus> {
  if (app.status === change.to || !change.from.includes(app.status)) return app.status;
  await tx.application.update({ where: { id: app.id }, data: { status: change.to } });
  await tx.applicationStatusChange.create({
    data: {
      applicationId: app.id,
      fromStatus: app.status,
      toStatus: change.to,
      actorKind: change.actorUserId ? "STAFF" : "SYSTEM",
      actorUserId: change.actorUserId ?? null,
      note: change.note ?? null,
      at: change.now,
    },
  });
  return change.to;
}

/** `advanceStatusIn` in its own transaction; null when the application does not exist. */
export async function advanceStatus(
  db: Db,
  applicationId: string,
  change: { from: readonly ApplicationStatus[]; to: ApplicationStatus; now: Date; note?: string },
): Promise<ApplicationStatus | null> {
  return db.$transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    return app ? advanceStatusIn(tx, app, change) : null;
  });
}

/** The application's status now (a cheap read for the chain's "is it still open?" checks). */
export async function currentStatus(db: Db, applicationId: string): Promise<ApplicationStatus | null> {
  const app = await db.application.findUnique({ where: { id: applicationId }, select: { status: true } });
  return app?.status ?? null;
}
