import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import type { SendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { consumeRateLimit } from "@/server/services/security/consume-rate-limit";
import { PASSWORD_RESET_PER_EMAIL_LIMIT } from "@/server/services/security/rate-limits";
import { issuePasswordLink } from "@/server/services/staff/issue-password-link";

/**
 * "Forgot password" on the staff sign-in page: e-mails a one-time reset link to an active staff account with that
 * e-mail. The answer is the same whether or not such an account exists (no account enumeration), and past the
 * per-e-mail limit (counted for unknown e-mails too) nothing more is sent, still with the same answer. The caller's
 * address has its own limit on top (the tRPC middleware, `auth.requestPasswordReset`).
 */
export async function requestPasswordReset(
  db: Db,
  opts: { email: string; now: Date; baseUrl: string },
  send: SendStaffEmail,
): Promise<void> {
  const email = opts.email.trim().toLowerCase();
  try {
    await consumeRateLimit(db, `password-reset:${email}`, PASSWORD_RESET_PER_EMAIL_LIMIT, opts.now);
  } catch (e) {
    if (e instanceof AppError && e.code === "rateLimited") return;
    throw e;
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  await issuePasswordLink(
    db,
    { userId: user.id, purpose: "RESET", now: opts.now, baseUrl: opts.baseUrl, actor: null },
    send,
  );
}
