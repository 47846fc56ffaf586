import type { Db } from "@/server/db/create-client";
import type { Locale } from "@/generated/prisma/client";

// Interim until the SMS integration lands (issue 6): in development the code is printed on the server's
// console; in production, without an SMS provider, sign-in by code is refused rather than silently lost.
export async function sendSignInCode(
  _db: Db,
  message: { fin: string; phone: string; code: string; locale: Locale },
): Promise<void> {
  if (process.env.NODE_ENV === "production" && !process.env.VEMTAS_DEV_CONSOLE_SMS) {
    throw new Error("No SMS provider is configured");
  }
  console.info(`[dev sms] to ${message.phone}: vemtas code ${message.code}`);
}
