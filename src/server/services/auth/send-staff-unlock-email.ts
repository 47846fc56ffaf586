import { createTranslator } from "use-intl/core";
import type { Locale } from "@/generated/prisma/client";
import az from "@/messages/security/az.json";
import en from "@/messages/security/en.json";
import ru from "@/messages/security/ru.json";
import { notifyConfig } from "@/server/integrations/notify/config";
import { sendEmail } from "@/server/integrations/notify/send-email";
import { STAFF_FAILED_SIGN_IN_LIMIT } from "./staff-sign-in-rules";
import { emailHtml } from "@/server/content/notices/render-message";
import { failOnMessageError } from "@/server/content/once-per-locale";

export interface StaffUnlockEmail {
  to: string;
  locale: Locale;
  /** The plain token: it exists only in this e-mail, the database keeps its digest. */
  token: string;
  tokenId: string;
}

/** Matches the sign-in service's dependency, so tests can catch the e-mail instead of sending it. */
export type SendStaffUnlockEmail = (email: StaffUnlockEmail) => Promise<void>;

const catalogs = { az, ru, en } as const;

/**
 * The link carries the token after `#`: browsers never send the fragment to the server, so it stays out of access
 * logs and Referer headers; the page reads it and posts it.
 */
export function unlockLink(appBaseUrl: string, locale: Locale, token: string): string {
  return `${appBaseUrl.replace(/\/+$/, "")}/${locale}/staff/unlock#${token}`;
}

export function renderStaffUnlockEmail(appBaseUrl: string, email: StaffUnlockEmail): { subject: string; text: string } {
  // Through the translator, not by replacing the placeholders: in the app's build the catalogs are compiled
  // (next.config.mjs), and a text with arguments is no longer a string.
  const t = createTranslator({
    locale: email.locale,
    messages: catalogs[email.locale],
    namespace: "staffUnlockEmail",
    onError: failOnMessageError,
  });
  const text = t("body", {
    count: String(STAFF_FAILED_SIGN_IN_LIMIT),
    link: unlockLink(appBaseUrl, email.locale, email.token),
  });
  return { subject: t("subject"), text };
}

/**
 * Sends the unlock e-mail at once through the notification transport (Resend, or its fake). Not written to the
 * outbox: its body holds the token. The token's id is Resend's idempotency key.
 */
export const sendStaffUnlockEmail: SendStaffUnlockEmail = async (email) => {
  const config = notifyConfig();
  const { subject, text } = renderStaffUnlockEmail(config.APP_BASE_URL, email);
  const result = await sendEmail(config, {
    to: email.to,
    subject,
    text,
    html: emailHtml(subject, text),
    idempotencyKey: `staff-unlock-${email.tokenId}`,
  });
  if (!result.ok) throw new Error(`unlock e-mail ${email.tokenId} not sent: ${result.error}`);
};
