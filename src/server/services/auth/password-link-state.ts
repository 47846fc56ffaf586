import type { Db } from "@/server/db/create-client";
import { hashPasswordToken } from "@/server/services/staff/issue-password-link";

export type PasswordLinkState = { state: "VALID"; email: string } | { state: "INVALID" } | { state: "EXPIRED" };

/**
 * Whether an e-mailed password link still works, read when its page opens, so that a used, replaced or expired link
 * says so at once rather than after the person has typed a new password twice; a working one names the account it
 * sets the password of. It reads only: the link is claimed when the password is sent (`setPasswordWithToken`,
 * which checks all of this again). The token is a 256-bit secret, so telling its state reveals nothing guessable.
 */
export async function passwordLinkState(db: Db, opts: { token: string; now: Date }): Promise<PasswordLinkState> {
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashPasswordToken(opts.token) },
    select: { usedAt: true, burnedAt: true, expiresAt: true, userId: true },
  });
  if (!row || row.usedAt || row.burnedAt) return { state: "INVALID" };
  const user = await db.user.findUnique({
    where: { id: row.userId },
    select: { email: true, active: true, role: true },
  });
  if (!user?.email || !user.active || user.role === "CITIZEN") return { state: "INVALID" };
  if (row.expiresAt <= opts.now) return { state: "EXPIRED" };
  return { state: "VALID", email: user.email };
}
