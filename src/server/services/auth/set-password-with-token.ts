import { hashPassword } from "@/server/services/auth/password";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPasswordToken } from "@/server/services/staff/issue-password-link";

/**
 * Sets a staff password from an e-mailed one-time link. The link works once (the token row is claimed with a
 * conditional update, so two parallel uses cannot both succeed), until its expiry, and only while the account is
 * active: a link of a since-deactivated account does nothing. Every other open link of the account stops working.
 * The password policy is checked by the caller's input schema (`ZNewPassword`).
 */
export async function setPasswordWithToken(
  db: Db,
  opts: { token: string; password: string; now: Date },
): Promise<void> {
  const row = await db.passwordToken.findUnique({ where: { tokenHash: hashPasswordToken(opts.token) } });
  if (!row || row.usedAt || row.burnedAt) throw new AppError("passwordLinkInvalid");
  if (row.expiresAt <= opts.now) throw new AppError("passwordLinkExpired");
  const user = await db.user.findUnique({
    where: { id: row.userId },
    select: { id: true, role: true, name: true, districtCode: true, active: true },
  });
  if (!user || !user.active || user.role === "CITIZEN") throw new AppError("passwordLinkInvalid");
  const passwordHash = await hashPassword(opts.password);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordToken.updateMany({
      where: { id: row.id, usedAt: null, burnedAt: null, expiresAt: { gt: opts.now } },
      data: { usedAt: opts.now },
    });
    if (claimed.count !== 1) throw new AppError("passwordLinkInvalid");
    await tx.passwordToken.updateMany({
      where: { userId: user.id, usedAt: null, burnedAt: null },
      data: { burnedAt: opts.now },
    });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, {
      actor: { id: user.id, role: user.role, name: user.name, districtCode: user.districtCode, fin: null },
      action: "staff.passwordSet",
      entity: "User",
      entityId: user.id,
      districtCode: user.districtCode,
      details: { purpose: row.purpose, tokenId: row.id },
    });
  });
}
