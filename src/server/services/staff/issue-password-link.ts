import { createHash, randomBytes } from "node:crypto";
import type { PasswordTokenPurpose, Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { SendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { staffMailTranslator } from "./staff-mail-text";

/** A password link works for 24 hours, once. */
export const PASSWORD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** Only this hash of a link's token is stored; the token itself exists only in the e-mail. */
export function hashPasswordToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface PasswordLinkOptions {
  userId: string;
  purpose: PasswordTokenPurpose;
  now: Date;
  /** The app's public origin (APP_BASE_URL), which the link starts with. */
  baseUrl: string;
  /** Who asked: the administrator for a new account's link, null for a reset asked from the sign-in page. */
  actor: SessionUser | null;
}

/**
 * Issues a one-time link to set (new account) or reset (forgotten) a staff password and e-mails it to the account's
 * address in its language. Earlier unused links of the account stop working. Returns false, sending nothing, for an
 * account that is deactivated, has no e-mail or is a citizen's.
 */
export async function issuePasswordLink(db: Db, opts: PasswordLinkOptions, send: SendStaffEmail): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: opts.userId },
    select: { id: true, email: true, role: true, active: true, locale: true, districtCode: true },
  });
  if (!user || !user.active || !user.email || user.role === "CITIZEN") return false;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(opts.now.getTime() + PASSWORD_LINK_TTL_MS);
  const row = await db.$transaction(async (tx: Prisma.TransactionClient) => {
    await tx.passwordToken.updateMany({
      where: { userId: user.id, usedAt: null, burnedAt: null },
      data: { burnedAt: opts.now },
    });
    const created = await tx.passwordToken.create({
      data: {
        userId: user.id,
        purpose: opts.purpose,
        tokenHash: hashPasswordToken(token),
        expiresAt,
        createdAt: opts.now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: opts.actor,
      action: "staff.passwordLinkIssued",
      entity: "User",
      entityId: user.id,
      districtCode: user.districtCode,
      details: { purpose: opts.purpose, tokenId: created.id, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });

  const t = await staffMailTranslator(user.locale);
  const link = `${opts.baseUrl.replace(/\/+$/, "")}/${user.locale}/staff/password?token=${token}`;
  const which = opts.purpose === "SET" ? ("setPassword" as const) : ("resetPassword" as const);
  const text = t(`${which}.text`, { link, hours: PASSWORD_LINK_TTL_MS / 3_600_000 });
  await send({
    kind: "STAFF_PASSWORD_LINK",
    to: user.email,
    locale: user.locale,
    subject: t(`${which}.subject`),
    text,
    storedText: text.split(token).join("*****"),
    dedupeKey: `password-link:${row.id}`,
  });
  return true;
}
