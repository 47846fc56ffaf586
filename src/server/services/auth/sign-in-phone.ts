import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";

/**
 * Which mobile number may receive a FIN's sign-in code. A code proves only that the person holds the phone, never
 * that the FIN is theirs, so once a FIN has a number on file (from its first SMS sign-in, or the contact number its
 * holder gave in an application while signed in), codes go to that number alone: knowing someone's FIN is not
 * enough to sign in as them with one's own phone. A FIN without a number gets its first code only where
 * `firstSignIn` allows (see sms-first-sign-in.ts); otherwise its holder signs in with e-Gov first.
 */
export async function checkSignInPhone(
  db: Pick<Db, "user">,
  opts: { fin: string; phone: string; firstSignIn: boolean },
): Promise<void> {
  const user = await db.user.findUnique({ where: { fin: opts.fin }, select: { phone: true } });
  if (user?.phone) {
    if (user.phone !== opts.phone) throw new AppError("phoneNotOnFile", { field: "phone" });
    return;
  }
  if (!opts.firstSignIn) throw new AppError("phoneFirstSignInOff", { field: "phone" });
}
