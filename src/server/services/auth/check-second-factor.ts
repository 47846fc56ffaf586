import type { Db } from "@/server/db/create-client";
import { verifyTotp } from "@/server/services/auth/totp";
import { matchRecoveryCode } from "@/server/services/auth/recovery-codes";
import { openTotpSecret } from "@/server/services/auth/totp-secret-box";
import { scopedLogger } from "@/server/observability/logger";
import { recordAudit } from "@/server/services/audit/record-audit";

const log = scopedLogger("auth");

/** "totp" or "recoveryCode" when the typed code is good (and now used up), else "none". */
export async function checkSecondFactor(
  db: Db,
  userId: string,
  sealedSecret: string,
  lastStep: number | null,
  typed: string,
  attempt: { now: Date; authSecret: string },
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
