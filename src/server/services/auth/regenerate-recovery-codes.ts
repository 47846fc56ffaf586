import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { newRecoveryCodes, recoveryCodeDigest } from "@/server/services/auth/recovery-codes";
import { checkSecondFactor } from "./check-second-factor";
import { countWrongAnswer } from "./count-wrong-answer";
import type { SendStaffUnlockEmail } from "./send-staff-unlock-email";

/**
 * A new set of recovery codes for the signed-in staff member, who proves the factor again with a current TOTP code
 * or one of the old recovery codes (a session alone, perhaps left open on a shared desk, is not enough). The new
 * set replaces the old one in the same statement that checks the guard, so no old code works afterwards; the codes
 * exist in plain text only in the answer. A wrong code counts towards the lockout as at sign-in.
 */
export async function regenerateRecoveryCodes(
  db: Db,
  opts: {
    user: SessionUser;
    code: string;
    authSecret: string;
    now: Date;
    sendUnlockEmail: SendStaffUnlockEmail;
  },
): Promise<{ recoveryCodes: string[] }> {
  if (opts.user.role === "CITIZEN") throw new AppError("forbidden");
  const account = await db.user.findUniqueOrThrow({
    where: { id: opts.user.id },
    select: { id: true, role: true, name: true, districtCode: true, email: true, locale: true },
  });
  const guard = await db.staffSignInGuard.findUnique({ where: { userId: account.id } });
  if (guard?.lockedAt) throw new AppError("accountLocked");
  if (!guard?.totpConfirmedAt || !guard.totpSecret) throw new AppError("totpNotEnrolled");

  const proof = await checkSecondFactor(db, account.id, guard.totpSecret, guard.totpLastStep, opts.code.trim(), opts);
  if (proof === "none")
    return countWrongAnswer(db, account, "secondFactor", opts.now, { sendUnlockEmail: opts.sendUnlockEmail });

  const recoveryCodes = newRecoveryCodes();
  // Only while the same factor is in force and the account unlocked: an administrator's reset or a lockout in
  // between wins, and these codes are never shown.
  const replaced = await db.staffSignInGuard.updateMany({
    where: { userId: account.id, lockedAt: null, totpSecret: guard.totpSecret, totpConfirmedAt: { not: null } },
    data: { recoveryCodeDigests: recoveryCodes.map(recoveryCodeDigest), failedAttempts: 0 },
  });
  if (replaced.count !== 1) throw new AppError("totpNotEnrolled");
  await recordAudit(db, {
    actor: opts.user,
    action: "staff.recoveryCodes.regenerated",
    entity: "User",
    entityId: account.id,
    districtCode: account.districtCode,
    details: { provedWith: proof, count: recoveryCodes.length },
  });
  return { recoveryCodes };
}
