import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { scopedLogger } from "@/server/observability/logger";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { SendStaffUnlockEmail } from "./send-staff-unlock-email";
import {
  STAFF_FAILED_SIGN_IN_LIMIT,
  UNLOCK_TOKEN_TTL_MS,
  newUnlockToken,
  unlockTokenDigest,
} from "./staff-sign-in-rules";

const log = scopedLogger("auth");

export type StaffAccount = {
  id: string;
  role: SessionUser["role"];
  name: string;
  districtCode: string | null;
  email: string | null;
  locale: "az" | "ru" | "en";
};

/**
 * Counts a wrong answer (at sign-in, or when a session proves the factor again to make new recovery codes): the one
 * that reaches the limit locks the account and e-mails the unlock link. Always throws.
 */
export async function countWrongAnswer(
  db: Db,
  account: StaffAccount,
  what: "password" | "secondFactor",
  now: Date,
  deps: { sendUnlockEmail: SendStaffUnlockEmail },
): Promise<never> {
  const rows = await db.$queryRaw<{ failedAttempts: number }[]>`
    INSERT INTO "StaffSignInGuard" ("userId", "failedAttempts", "updatedAt") VALUES (${account.id}, 1, ${now})
    ON CONFLICT ("userId") DO UPDATE SET "failedAttempts" = "StaffSignInGuard"."failedAttempts" + 1, "updatedAt" = ${now}
    RETURNING "failedAttempts"`;
  const failed = rows[0]?.failedAttempts ?? 1;
  await recordAudit(db, {
    actor: null,
    action: "staff.signIn.failed",
    entity: "User",
    entityId: account.id,
    districtCode: account.districtCode,
    details: { what, failedInARow: failed },
  });
  if (failed < STAFF_FAILED_SIGN_IN_LIMIT)
    throw new AppError(what === "password" ? "credentialsInvalid" : "totpInvalid");

  // Of parallel wrong attempts past the limit, one locks (and sends the e-mail); the others just see it locked.
  const locked = await db.staffSignInGuard.updateMany({
    where: { userId: account.id, lockedAt: null },
    data: { lockedAt: now },
  });
  if (locked.count === 1) {
    await recordAudit(db, {
      actor: null,
      action: "staff.locked",
      entity: "User",
      entityId: account.id,
      districtCode: account.districtCode,
      details: { failedInARow: failed },
    });
    await sendUnlockLinkIfNoneLive(db, account, now, deps);
  }
  throw new AppError("accountLocked");
}

export async function sendUnlockLinkIfNoneLive(
  db: Db,
  account: StaffAccount,
  now: Date,
  deps: { sendUnlockEmail: SendStaffUnlockEmail },
): Promise<void> {
  if (!account.email) return;
  const live = await db.staffUnlockToken.count({ where: { userId: account.id, usedAt: null, expiresAt: { gt: now } } });
  if (live > 0) return;
  const token = newUnlockToken();
  const row = await db.staffUnlockToken.create({
    data: {
      userId: account.id,
      tokenDigest: unlockTokenDigest(token),
      expiresAt: new Date(now.getTime() + UNLOCK_TOKEN_TTL_MS),
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit(db, {
    actor: null,
    action: "staff.unlockLink.sent",
    entity: "User",
    entityId: account.id,
    districtCode: account.districtCode,
    details: { tokenId: row.id },
  });
  try {
    await deps.sendUnlockEmail({ to: account.email, locale: account.locale, token, tokenId: row.id });
  } catch (err) {
    // The account stays locked either way; without a live token the next attempt sends a new link.
    await db.staffUnlockToken.delete({ where: { id: row.id } });
    log.warn({ err, userId: account.id }, "the unlock e-mail could not be sent");
  }
}
