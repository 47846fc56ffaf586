import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { verifyPassword } from "@/server/services/auth/password";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { consumeRateLimit, countInWindow } from "@/server/services/security/consume-rate-limit";
import { STAFF_SIGN_IN_ACCOUNT_LIMIT, STAFF_SIGN_IN_ADDRESS_LIMIT } from "@/server/services/security/rate-limits";
import type { SendStaffUnlockEmail } from "./send-staff-unlock-email";
import { checkSecondFactor } from "./check-second-factor";
import { countWrongAnswer, sendUnlockLinkIfNoneLive, type StaffAccount } from "./count-wrong-answer";
import {
  STAFF_FAILED_SIGN_IN_LIMIT,
  UNKNOWN_EMAIL_FAILURE_WINDOW_SECONDS,
  emailKeyDigest,
  normalizeStaffEmail,
} from "./staff-sign-in-rules";

// Compared against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password and
// the answer time does not tell which staff e-mails exist.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

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
  if (!passwordOk) return countWrongAnswer(db, account, "password", attempt.now, deps);

  let secondFactor: "none" | "totp" | "recoveryCode" = "none";
  if (guard?.totpConfirmedAt && guard.totpSecret) {
    const typed = attempt.code?.trim() ?? "";
    if (typed === "") throw new AppError("totpRequired");
    secondFactor = await checkSecondFactor(db, user.id, guard.totpSecret, guard.totpLastStep, typed, attempt);
    if (secondFactor === "none") return countWrongAnswer(db, account, "secondFactor", attempt.now, deps);
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
