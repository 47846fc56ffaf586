import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { verifyPassword } from "@/server/services/auth/password";
import { verifyTotp } from "@/server/services/auth/totp";
import { matchRecoveryCode } from "@/server/services/auth/recovery-codes";
import { openTotpSecret } from "@/server/services/auth/totp-secret-box";
import { AppError } from "@/server/errors";
import { scopedLogger } from "@/server/observability/logger";
import { recordAudit } from "@/server/services/audit/record-audit";
import { consumeRateLimit, countInWindow } from "@/server/services/security/consume-rate-limit";
import { STAFF_SIGN_IN_ACCOUNT_LIMIT, STAFF_SIGN_IN_ADDRESS_LIMIT } from "@/server/services/security/rate-limits";
import type { SendStaffUnlockEmail } from "./send-staff-unlock-email";
import {
  STAFF_FAILED_SIGN_IN_LIMIT,
  UNKNOWN_EMAIL_FAILURE_WINDOW_SECONDS,
  UNLOCK_TOKEN_TTL_MS,
  emailKeyDigest,
  newUnlockToken,
  normalizeStaffEmail,
  unlockTokenDigest,
} from "./staff-sign-in-rules";

// Compared against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password and
// the answer time does not tell which staff e-mails exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

const log = scopedLogger("auth");

export interface StaffSignInAttempt {
  email: string;
  password: string;
  /** The second factor: a TOTP code or a recovery code; asked for (`totpRequired`) once TOTP is enrolled. */
  code?: string | undefined;
  now: Date;
  /** For the per-address throttle. */
  clientAddress: string;
  /** Opens the stored TOTP secret. */
  authSecret: string;
}

export interface StaffSignInDeps {
  sendUnlockEmail: SendStaffUnlockEmail;
}

type StaffAccount = {
  id: string;
  role: SessionUser["role"];
  name: string;
  districtCode: string | null;
  email: string | null;
  locale: "az" | "ru" | "en";
};

/**
 * Staff password sign-in, then the TOTP code when the account has one. Refusals:
 * - `rateLimited`: too many attempts for this e-mail or from this address in 15 minutes (counted before anything
 *   else, so a script cannot even time the password check);
 * - `accountLocked`: STAFF_FAILED_SIGN_IN_LIMIT wrong answers in a row; every later attempt, right password or
 *   not, is refused until the e-mailed unlock link is used. An unknown e-mail answers the same after the same count;
 * - `totpRequired` / `totpInvalid`: the password was right, the second factor is missing or wrong (wrong counts
 *   towards the lockout);
 * - `credentialsInvalid`: anything else, the same for an unknown e-mail, a wrong password or a deactivated account.
 * Every outcome concerning an account is audited (no e-mail or address in the row).
 */
export async function authenticateStaff(
  db: Db,
  attempt: StaffSignInAttempt,
  deps: StaffSignInDeps,
): Promise<SessionUser> {
  const email = normalizeStaffEmail(attempt.email);
  const emailKey = emailKeyDigest(email);
  await consumeRateLimit(db, `staff-sign-in:addr:${attempt.clientAddress}`, STAFF_SIGN_IN_ADDRESS_LIMIT, attempt.now);
  await consumeRateLimit(db, `staff-sign-in:email:${emailKey}`, STAFF_SIGN_IN_ACCOUNT_LIMIT, attempt.now);

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(attempt.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.active || user.role === "CITIZEN") {
    const failures = await countInWindow(
      db,
      `staff-sign-in:unknown:${emailKey}`,
      UNKNOWN_EMAIL_FAILURE_WINDOW_SECONDS,
      attempt.now,
    );
    throw new AppError(failures >= STAFF_FAILED_SIGN_IN_LIMIT ? "accountLocked" : "credentialsInvalid");
  }
  const account: StaffAccount = {
    id: user.id,
    role: user.role,
    name: user.name,
    districtCode: user.districtCode,
    email: user.email,
    locale: user.locale,
  };

  const guard = await db.staffSignInGuard.findUnique({ where: { userId: user.id } });
  if (guard?.lockedAt) {
    await recordAudit(db, {
      actor: null,
      action: "staff.signIn.refusedLocked",
      entity: "User",
      entityId: user.id,
      districtCode: user.districtCode,
    });
    // The link may have expired or the e-mail may never have arrived: a fresh one, at most one per hour.
    await sendUnlockLinkIfNoneLive(db, account, attempt.now, deps);
    throw new AppError("accountLocked");
  }
  if (!passwordOk) return refuse(db, account, "password", attempt.now, deps);

  let secondFactor: "none" | "totp" | "recoveryCode" = "none";
  if (guard?.totpConfirmedAt && guard.totpSecret) {
    const typed = attempt.code?.trim() ?? "";
    if (typed === "") throw new AppError("totpRequired");
    secondFactor = await checkSecondFactor(db, user.id, guard.totpSecret, guard.totpLastStep, typed, attempt);
    if (secondFactor === "none") return refuse(db, account, "secondFactor", attempt.now, deps);
  }

  if (guard && guard.failedAttempts > 0) {
    await db.staffSignInGuard.updateMany({ where: { userId: user.id, lockedAt: null }, data: { failedAttempts: 0 } });
  }
  const sessionUser: SessionUser = {
    id: user.id,
    role: user.role,
    name: user.name,
    districtCode: user.districtCode,
    fin: null,
  };
  await recordAudit(db, {
    actor: sessionUser,
    action: "staff.signIn",
    entity: "User",
    entityId: user.id,
    districtCode: user.districtCode,
    details: { secondFactor },
  });
  return sessionUser;
}

/** "totp" or "recoveryCode" when the typed code is good (and now used up), else "none". */
async function checkSecondFactor(
  db: Db,
  userId: string,
  sealedSecret: string,
  lastStep: number | null,
  typed: string,
  attempt: StaffSignInAttempt,
): Promise<"none" | "totp" | "recoveryCode"> {
  const secret = openTotpSecret(sealedSecret, attempt.authSecret);
  if (secret === null) {
    // Sealed under another AUTH_SECRET: only recovery codes can get this person in.
    log.error({ userId }, "a staff TOTP secret cannot be opened with the current AUTH_SECRET");
  } else if (/^\d{6}$/.test(typed.replace(/\s/g, ""))) {
    const step = verifyTotp(secret, typed, attempt.now, lastStep);
    if (step === null) return "none";
    // Only one of two parallel sign-ins with the same code gets through.
    const taken = await db.$executeRaw`
      UPDATE "StaffSignInGuard" SET "totpLastStep" = ${step}, "updatedAt" = now()
      WHERE "userId" = ${userId} AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
    return taken === 1 ? "totp" : "none";
  }
  const guard = await db.staffSignInGuard.findUnique({ where: { userId }, select: { recoveryCodeDigests: true } });
  const digests = guard?.recoveryCodeDigests ?? [];
  const index = matchRecoveryCode(typed, digests);
  if (index < 0) return "none";
  const digest = digests[index] as string;
  // Removes exactly that digest, and only if it is still there: a recovery code works once.
  const removed = await db.$executeRaw`
    UPDATE "StaffSignInGuard" SET "recoveryCodeDigests" = array_remove("recoveryCodeDigests", ${digest}), "updatedAt" = now()
    WHERE "userId" = ${userId} AND ${digest} = ANY("recoveryCodeDigests")`;
  if (removed !== 1) return "none";
  await recordAudit(db, {
    actor: null,
    action: "staff.recoveryCode.used",
    entity: "User",
    entityId: userId,
    details: { left: digests.length - 1 },
  });
  return "recoveryCode";
}

/** Counts a wrong answer; the one that reaches the limit locks the account and e-mails the unlock link. */
async function refuse(
  db: Db,
  account: StaffAccount,
  what: "password" | "secondFactor",
  now: Date,
  deps: StaffSignInDeps,
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

async function sendUnlockLinkIfNoneLive(
  db: Db,
  account: StaffAccount,
  now: Date,
  deps: StaffSignInDeps,
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
