import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db/create-client";
import type { Locale } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { CODE_TTL_MS, CODES_PER_HOUR, generateCode, hashCode } from "./sign-in-code-rules";
import { checkSignInPhone } from "./sign-in-phone";
import { scopedLogger } from "@/server/observability/logger";

const log = scopedLogger("auth");

export interface RequestSignInCodeOptions {
  fin: string;
  phone: string;
  locale: Locale;
  now: Date;
  secret: string;
  /** Whether a FIN with no number on file may get a code (sms-first-sign-in.ts). */
  firstSignIn: boolean;
}

export type SendSignInCode = (message: { fin: string; phone: string; code: string; locale: Locale }) => Promise<void>;

/**
 * Issues a one-time code for the FIN and sends it by SMS to the phone, if that phone may sign the FIN in
 * (sign-in-phone.ts); a refused phone changes nothing, so it cannot burn the holder's live code either. Earlier
 * unused codes of that FIN are burned, so only the newest code works. The hourly limit counts every code issued to
 * the FIN or the phone, under an advisory lock so that parallel requests cannot slip past it.
 */
export async function requestSignInCode(
  db: Db,
  opts: RequestSignInCodeOptions,
  send: SendSignInCode,
): Promise<{ expiresAt: Date }> {
  const since = new Date(opts.now.getTime() - 60 * 60 * 1000);
  const expiresAt = new Date(opts.now.getTime() + CODE_TTL_MS);
  const id = randomUUID();
  const code = generateCode();

  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`otp:${opts.fin}`}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`otp:${opts.phone}`}))`;
    const recent = await tx.oneTimeCode.count({
      where: { createdAt: { gt: since }, OR: [{ fin: opts.fin }, { phone: opts.phone }] },
    });
    if (recent >= CODES_PER_HOUR) throw new AppError("codeRateLimited");
    await checkSignInPhone(tx, { fin: opts.fin, phone: opts.phone, firstSignIn: opts.firstSignIn });
    await tx.oneTimeCode.updateMany({
      where: { fin: opts.fin, consumedAt: null, burnedAt: null },
      data: { burnedAt: opts.now },
    });
    await tx.oneTimeCode.create({
      data: {
        id,
        fin: opts.fin,
        phone: opts.phone,
        codeHash: hashCode(opts.secret, id, code),
        expiresAt,
        createdAt: opts.now,
      },
    });
  });

  try {
    await send({ fin: opts.fin, phone: opts.phone, code, locale: opts.locale });
  } catch (error) {
    // The code is issued (and counted) but never reached the phone: say so, rather than a generic error. The
    // citizen sees only that; the cause (the SMS settings missing or invalid — their names, never their values —
    // or the provider refusing) goes to the log, without the FIN or the phone (a number inside the provider's
    // text is masked by the logger).
    log.error({ err: error }, "sign-in code not sent");
    throw new AppError("smsUnavailable");
  }
  return { expiresAt };
}
