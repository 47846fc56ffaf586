import type { ApplicationStatus } from "@/generated/prisma/client";
import { WITHDRAWABLE_STATUSES } from "@/kernel/application-statuses";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";

import { scopedLogger } from "@/server/observability/logger";

export interface WithdrawApplicationDeps {
  /** Tells the background chain to stop; may fail, and the withdrawal stands. */
  announce: (applicationId: string) => Promise<void>;
}

/** The citizen withdraws their own application while it is not decided yet. */
export async function withdrawApplication(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now: Date,
  deps: WithdrawApplicationDeps,
) {
  if (user.role !== "CITIZEN") throw new AppError("forbidden");
  const withdrawn = await db.$transaction(async (tx) => {
    // The row stays locked until the end, so a decision the background chain writes meanwhile waits or wins
    // (the chain's steps take the same lock: advance-status.ts).
    const [app] = await tx.$queryRaw<{ id: string; status: ApplicationStatus }[]>`
      SELECT id, status FROM "Application" WHERE id = ${applicationId} AND "applicantId" = ${user.id} FOR NO KEY UPDATE`;
    if (!app) throw new AppError("notFound");
    if (!(WITHDRAWABLE_STATUSES as readonly ApplicationStatus[]).includes(app.status))
      throw new AppError("notWithdrawable");
    await tx.application.update({ where: { id: app.id }, data: { status: "WITHDRAWN", withdrawnAt: now } });
    await tx.applicationStatusChange.create({
      data: {
        applicationId: app.id,
        fromStatus: app.status,
        toStatus: "WITHDRAWN",
        actorKind: "CITIZEN",
        actorUserId: user.id,
        at: now,
      },
    });
    return { id: app.id, wasDraft: app.status === "DRAFT" };
  });
  if (!withdrawn.wasDraft) {
    try {
      await deps.announce(withdrawn.id);
    } catch (error) {
      scopedLogger("withdraw").warn(
        { applicationId: withdrawn.id, errorName: error instanceof Error ? error.name : "unknown" },
        "announcing failed",
      );
    }
  }
  return { id: withdrawn.id, status: "WITHDRAWN" as const, withdrawnAt: now };
}
