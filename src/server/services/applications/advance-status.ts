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
 * step that sees an open status here cannot be overtaken by a withdrawal before it commits. NO KEY UPDATE, the lock
 * an UPDATE of the status takes anyway: it still excludes every other status change, but not the rows that only
 * point at the application (a notice, an agency's answer), whose foreign-key check FOR UPDATE would make wait
 * until this transaction ends.
 */
export async function lockApplication(tx: Tx, applicationId: string): Promise<LockedApplication | null> {
  const [row] = await tx.$queryRaw<LockedApplication[]>`
    SELECT id, status, "districtCode" FROM "Application" WHERE id = ${applicationId} FOR NO KEY UPDATE`;
  return row ?? null;
}

type StatusMove = { from: readonly ApplicationStatus[]; to: ApplicationStatus };
type MoveContext = { now: Date; note?: string; actorUserId?: string };

/**
 * Moves the application to `to` when it is in one of `from`, and writes the timeline row with the same time.
 * Already in `to`: nothing happens (a retried step). Returns the status the application has afterwards.
 */
export function advanceStatusIn(
  tx: Tx,
  app: LockedApplication,
  change: StatusMove & MoveContext,
): Promise<ApplicationStatus> {
  return advanceStatusesIn(tx, app, [change], change);
}

/**
 * Moves one after another, each as `advanceStatusIn` would (skipped when the status before it is not in its `from`),
 * written as one update of the status and the timeline rows. The rows share `now`; their ids keep their order (see the
 * readers).
 */
export async function advanceStatusesIn(
  tx: Tx,
  app: LockedApplication,
  moves: readonly StatusMove[],
  context: MoveContext,
): Promise<ApplicationStatus> {
  const rows: { fromStatus: ApplicationStatus; toStatus: ApplicationStatus }[] = [];
  let status = app.status;
  for (const move of moves) {
    if (status === move.to || !move.from.includes(status)) continue;
    rows.push({ fromStatus: status, toStatus: move.to });
    status = move.to;
  }
  if (rows.length === 0) return status;
  await tx.application.update({ where: { id: app.id }, data: { status } });
  // One create a row rather than createMany: the client caches a create's query plan, but plans every createMany
  // afresh (in WebAssembly, ~0.6 ms a call here), and this runs inside the application's row lock twice a family.
  for (const row of rows)
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        ...row,
        actorKind: context.actorUserId ? "STAFF" : "SYSTEM",
        actorUserId: context.actorUserId ?? null,
        note: context.note ?? null,
        at: context.now,
      },
      select: { id: true },
    });
  return status;
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
