import { randomUUID } from "node:crypto";
import type { Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { notifyConfig } from "@/server/integrations/notify/config";
import { parseMessage } from "@/server/content/notices/message-data";
import { renderMessage } from "@/server/content/notices/render-message";
import { sendSms } from "@/server/integrations/notify/send-sms";

export interface SignInCodeMessage {
  fin: string;
  phone: string;
  code: string;
  locale: Locale;
}

// The person is waiting on the sign-in page: one quick second try, then the error reaches them.
const ATTEMPTS = 2;

/**
 * Sends a one-time sign-in code by SMS at once (no background step: the citizen is waiting). The outbox row
 * keeps the text with the code masked, so the plain code exists only in the SMS. Matches `SendSignInCode`
 * of the sign-in service.
 */
export async function sendSignInCode(db: Db, message: SignInCodeMessage): Promise<void> {
  const config = notifyConfig();
  const parsed = parseMessage("SIGN_IN_CODE", { code: message.code });
  const rendered = renderMessage(parsed, message.locale, "SMS", {
    registrationNumber: "",
    applicationDate: null,
    appBaseUrl: config.APP_BASE_URL,
    applicationUrl: config.APP_BASE_URL,
  });
  const masked = rendered.body.split(message.code).join("*".repeat(message.code.length));

  const row = await db.notification.create({
    data: {
      kind: "SIGN_IN_CODE",
      channel: "SMS",
      locale: message.locale,
      recipient: message.phone,
      body: masked,
      // Each code is its own message; the FIN stays out of the key.
      dedupeKey: `sign-in:${randomUUID()}`,
    },
    select: { id: true },
  });

  let lastError = "";
  let attempts = 0;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    attempts = attempt;
    const result = await sendSms(config, { to: message.phone, body: rendered.body });
    if (result.ok) {
      await db.notification.update({
        where: { id: row.id },
        data: { status: "SENT", providerId: result.providerId, sentAt: new Date(), attempts: attempt, error: null },
      });
      return;
    }
    lastError = result.error;
    if (!result.retryable) break;
  }
  await db.notification.update({ where: { id: row.id }, data: { status: "FAILED", attempts, error: lastError } });
  throw new Error(`sign-in code ${row.id} could not be sent: ${lastError}`);
}
