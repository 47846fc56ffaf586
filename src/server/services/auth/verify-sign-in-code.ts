import type { Db } from "@/server/db/create-client";
import type { Locale } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { codeMatches, MAX_WRONG_TRIES } from "./sign-in-code-rules";

export interface VerifySignInCodeOptions {
  fin: string;
  code: string;
  locale: Locale;
  now: Date;
  secret: string;
}

/**
 * Checks the newest live code of the FIN. A wrong code counts a try; the third wrong try burns the code.
 * On success the code is consumed (once: a conditional update, so two parallel tries can't both pass) and
 * the citizen's account is found or created with the phone the code went to. That phone becomes the number on file
 * only if the account had none (sign-in-phone.ts): of two first sign-ins racing, the first binds its number and the
 * other is refused, and a sign-in never replaces a number.
 */
export async function verifySignInCode(db: Db, opts: VerifySignInCodeOptions): Promise<SessionUser> {
  // The newest code of the FIN, whatever became of it: only it can sign in (a new code burns the older ones), and
  // when it is spent the refusal says how. One burned by wrong tries says so even when the right code is typed
  // after it, so the person knows to ask for a new one rather than wait or retype.
  const otp = await db.oneTimeCode.findFirst({ where: { fin: opts.fin }, orderBy: { createdAt: "desc" } });
  if (otp && otp.consumedAt === null && otp.attempts >= MAX_WRONG_TRIES) throw new AppError("codeBurned");
  if (!otp || otp.consumedAt !== null || otp.burnedAt !== null || otp.expiresAt <= opts.now) {
    throw new AppError("codeExpired");
  }

  if (!codeMatches(opts.secret, otp.id, opts.code, otp.codeHash)) {
    const attempts = otp.attempts + 1;
    const burned = attempts >= MAX_WRONG_TRIES;
    await db.oneTimeCode.updateMany({
      where: { id: otp.id, attempts: otp.attempts },
      data: { attempts, burnedAt: burned ? opts.now : null },
    });
    if (burned) throw new AppError("codeBurned");
    throw new AppError("codeWrong", { remaining: MAX_WRONG_TRIES - attempts });
  }

  const consumed = await db.oneTimeCode.updateMany({
    where: { id: otp.id, consumedAt: null, burnedAt: null },
    data: { consumedAt: opts.now },
  });
  if (consumed.count !== 1) throw new AppError("codeExpired");

  await db.user.upsert({
    where: { fin: opts.fin },
    update: {},
    create: { fin: opts.fin, phone: otp.phone, role: "CITIZEN", name: opts.fin, locale: opts.locale },
  });
  await db.user.updateMany({ where: { fin: opts.fin, phone: null }, data: { phone: otp.phone } });
  const user = await db.user.findUniqueOrThrow({ where: { fin: opts.fin } });
  if (user.phone !== otp.phone) throw new AppError("phoneNotOnFile", { field: "phone" });
  if (user.role !== "CITIZEN" || !user.active) throw new AppError("forbidden");
  return { id: user.id, role: "CITIZEN", name: user.name, districtCode: null, fin: user.fin };
}
