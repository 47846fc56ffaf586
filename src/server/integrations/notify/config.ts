import "server-only";
import { z } from "zod";
import { parseEnv } from "@/server/parse-env";

// Secrets come only from the environment. Read on each call (cheap) so that tests and tools can set the
// variables before first use; nothing here runs at import time, which `next build` relies on.
const NotifyEnv = z.object({
  RESEND_API_KEY: z.string().min(1),
  /** The fake's origin in development and tests; unset in production (the SDK then uses api.resend.com). */
  RESEND_BASE_URL: z.url().optional(),
  /** Resend signs webhooks Svix-style with this `whsec_…` secret. */
  RESEND_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  MAIL_FROM: z.string().min(3),
  TWILIO_ACCOUNT_SID: z.string().startsWith("AC"),
  TWILIO_AUTH_TOKEN: z.string().min(8),
  TWILIO_FROM: z.string().min(3),
  /** The fake's origin in development and tests; unset in production. */
  TWILIO_API_BASE_URL: z.url().optional(),
  APP_BASE_URL: z.url(),
  /** How many times one message is tried on its channel before it counts as failed for good. */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),
});
export type NotifyConfig = z.infer<typeof NotifyEnv>;

export function notifyConfig(source: NodeJS.ProcessEnv = process.env): NotifyConfig {
  return parseEnv(NotifyEnv, source, "notification settings");
}

/** What sending an e-mail needs: staff e-mails and the operator's `admin:create --send-link` ask no more. */
const EmailEnv = NotifyEnv.pick({ RESEND_API_KEY: true, RESEND_BASE_URL: true, MAIL_FROM: true });
export type EmailConfig = z.infer<typeof EmailEnv>;

export function emailConfig(source: NodeJS.ProcessEnv = process.env): EmailConfig {
  return parseEnv(EmailEnv, source, "e-mail settings");
}

/** The URLs the providers call back; Twilio signs over the exact URL, so it is built in one place. */
export function callbackUrls(config: Pick<NotifyConfig, "APP_BASE_URL">): { twilio: string; resend: string } {
  const base = config.APP_BASE_URL.replace(/\/+$/, "");
  return { twilio: `${base}/api/webhooks/twilio`, resend: `${base}/api/webhooks/resend` };
}
