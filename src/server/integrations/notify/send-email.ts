import "server-only";
import { Resend } from "resend";
import { z } from "zod";
import type { EmailConfig } from "./config";
import type { SendResult } from "./send-result";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** The same text as HTML, built by the message content (the transport only carries it). */
  html: string;
  /** Resend keeps the key for 24 h: a retried step that already got through gets the same e-mail back, not a second one. */
  idempotencyKey: string;
}

const ResendAccepted = z.object({ id: z.string().min(1) });
const ResendError = z.object({ name: z.string().optional(), statusCode: z.number().nullable().optional() });

// Resend answers 4xx for what retrying cannot fix (validation, unverified domain); 409 is a concurrent request
// with the same idempotency key and 429 a rate limit, both worth another try.
const retryableStatus = (status: number | null | undefined): boolean =>
  status === null || status === undefined || status >= 500 || status === 429 || status === 409;

export async function sendEmail(config: EmailConfig, email: OutgoingEmail): Promise<SendResult> {
  // RESEND_BASE_URL points the real SDK at the local fake; unset, it talks to api.resend.com.
  const resend = new Resend(config.RESEND_API_KEY, { baseUrl: config.RESEND_BASE_URL });
  const { data, error } = await resend.emails.send(
    { from: config.MAIL_FROM, to: [email.to], subject: email.subject, text: email.text, html: email.html },
    { idempotencyKey: email.idempotencyKey },
  );
  if (error) {
    const parsed = ResendError.safeParse(error);
    const status = parsed.success ? parsed.data.statusCode : null;
    const name = parsed.success && parsed.data.name ? parsed.data.name : "unknown_error";
    return { ok: false, retryable: retryableStatus(status), error: `resend ${status ?? "no-response"} ${name}` };
  }
  const accepted = ResendAccepted.safeParse(data);
  if (!accepted.success) return { ok: false, retryable: true, error: "resend malformed-reply" };
  return { ok: true, providerId: accepted.data.id };
}
