import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { newTotpSecret, otpauthUri, verifyTotp } from "@/server/services/auth/totp";
import { newRecoveryCodes, recoveryCodeDigest } from "@/server/services/auth/recovery-codes";
import { openTotpSecret, sealTotpSecret } from "@/server/services/auth/totp-secret-box";
import { totpQr, type QrPicture } from "@/server/services/auth/totp-qr";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";

export interface TotpEnrolmentStart {
  /** Base32, shown in groups of four for typing by hand. */
  secret: string;
  otpauthUri: string;
  /** The same address as a QR code for the phone's camera. */
  qr: QrPicture;
}

/** Whether the staff member has a confirmed second factor. */
export async function hasConfirmedTotp(db: Db, userId: string): Promise<boolean> {
  const guard = await db.staffSignInGuard.findUnique({ where: { userId }, select: { totpConfirmedAt: true } });
  return guard?.totpConfirmedAt != null;
}

/**
 * Starts (or restarts) enrolment: a new secret, stored sealed and not yet in force. Refused once a secret is
 * confirmed: replacing a working factor is an administrator's reset, not something a session can do alone.
 */
export async function beginTotpEnrolment(
  db: Db,
  opts: { user: SessionUser; authSecret: string; now: Date },
): Promise<TotpEnrolmentStart> {
  if (opts.user.role === "CITIZEN") throw new AppError("forbidden");
  const account = await db.user.findUniqueOrThrow({ where: { id: opts.user.id }, select: { email: true } });
  if (await hasConfirmedTotp(db, opts.user.id)) throw new AppError("totpAlreadyEnrolled");
  const secret = newTotpSecret();
  const sealed = sealTotpSecret(secret, opts.authSecret);
  await db.staffSignInGuard.upsert({
    where: { userId: opts.user.id },
    create: { userId: opts.user.id, totpSecret: sealed },
    update: { totpSecret: sealed, totpConfirmedAt: null, totpLastStep: null, recoveryCodeDigests: [] },
  });
  await recordAudit(db, {
    actor: opts.user,
    action: "staff.totp.enrolmentStarted",
    entity: "User",
    entityId: opts.user.id,
    districtCode: opts.user.districtCode,
  });
  const uri = otpauthUri(secret, account.email ?? opts.user.id);
  return { secret, otpauthUri: uri, qr: totpQr(uri) };
}

/**
 * Confirms the secret with the first code the app shows, turns the factor on and returns the recovery codes: the
 * only time they exist in plain text (the database keeps their digests).
 */
export async function confirmTotpEnrolment(
  db: Db,
  opts: { user: SessionUser; code: string; authSecret: string; now: Date },
): Promise<{ recoveryCodes: string[] }> {
  const guard = await db.staffSignInGuard.findUnique({ where: { userId: opts.user.id } });
  if (guard?.totpConfirmedAt) throw new AppError("totpAlreadyEnrolled");
  const secret = guard?.totpSecret ? openTotpSecret(guard.totpSecret, opts.authSecret) : null;
  if (!guard?.totpSecret || secret === null) throw new AppError("totpNotStarted");
  const step = verifyTotp(secret, opts.code, opts.now, null);
  if (step === null) throw new AppError("totpInvalid");
  const recoveryCodes = newRecoveryCodes();
  // Conditional on the very secret that was checked: a parallel restart of enrolment makes this one fail.
  const confirmed = await db.staffSignInGuard.updateMany({
    where: { userId: opts.user.id, totpConfirmedAt: null, totpSecret: guard.totpSecret },
    data: { totpConfirmedAt: opts.now, totpLastStep: step, recoveryCodeDigests: recoveryCodes.map(recoveryCodeDigest) },
  });
  if (confirmed.count !== 1) throw new AppError("totpNotStarted");
  await recordAudit(db, {
    actor: opts.user,
    action: "staff.totp.enrolled",
    entity: "User",
    entityId: opts.user.id,
    districtCode: opts.user.districtCode,
  });
  return { recoveryCodes };
}
