import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { unlockTokenDigest } from "./staff-sign-in-rules";

/**
 * Uses an e-mailed unlock link: the token must exist, be unused and unexpired; it is spent in the same statement
 * that checks it, so a link works exactly once even when opened twice at the same moment. Lifts the lockout and
 * clears the count of failed attempts; every other live link of the account is spent too.
 */
export async function unlockStaffAccount(db: Db, opts: { token: string; now: Date }): Promise<void> {
  const digest = unlockTokenDigest(opts.token);
  await db.$transaction(async (tx) => {
    const spent = await tx.staffUnlockToken.updateMany({
      where: { tokenDigest: digest, usedAt: null, expiresAt: { gt: opts.now } },
      data: { usedAt: opts.now },
    });
    if (spent.count !== 1) throw new AppError("unlockLinkInvalid");
    const token = await tx.staffUnlockToken.findUniqueOrThrow({
      where: { tokenDigest: digest },
      select: { id: true, userId: true },
    });
    await tx.staffUnlockToken.updateMany({ where: { userId: token.userId, usedAt: null }, data: { usedAt: opts.now } });
    await tx.staffSignInGuard.updateMany({
      where: { userId: token.userId },
      data: { lockedAt: null, failedAttempts: 0 },
    });
    await recordAudit(tx, {
      actor: null,
      action: "staff.unlocked",
      entity: "User",
      entityId: token.userId,
      details: { tokenId: token.id },
    });
  });
}
