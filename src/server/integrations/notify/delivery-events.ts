import { z } from "zod";
import type { NotificationStatus } from "@/generated/prisma/client";

/** The fields of Twilio's message status callback (form-encoded) that the outbox uses. */
export const TwilioStatusCallback = z.object({
  MessageSid: z.string().regex(/^(SM|MM)[0-9a-f]{32}$/i),
  MessageStatus: z.enum([
    "accepted",
    "scheduled",
    "queued",
    "sending",
    "sent",
    "delivered",
    "undelivered",
    "failed",
    "read",
    "canceled",
    "partially_delivered",
    "receiving",
    "received",
  ]),
  ErrorCode: z.string().regex(/^\d*$/).optional(),
});
export type TwilioStatusCallback = z.infer<typeof TwilioStatusCallback>;

/** Resend's webhook event, as much of it as the outbox uses. */
export const ResendWebhookEvent = z.object({
  type: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
  created_at: z.string().optional(),
  // Resend's ids are UUIDs; bounded to letters, digits and dashes so that a signed but hostile id (a NUL byte,
  // which PostgreSQL refuses in text, or a megabyte) is a 400 and never reaches the database (found by fuzzing).
  data: z.object({
    email_id: z
      .string()
      .min(1)
      .max(100)
      .regex(/^[A-Za-z0-9_-]+$/),
  }),
});
export type ResendWebhookEvent = z.infer<typeof ResendWebhookEvent>;

/** What a provider's status means for the outbox; null when it changes nothing (queued, opened, clicked…). */
export function statusFromTwilio(status: TwilioStatusCallback["MessageStatus"]): NotificationStatus | null {
  switch (status) {
    case "sent":
      return "SENT";
    case "delivered":
    case "read":
      return "DELIVERED";
    case "undelivered":
    case "failed":
    case "canceled":
      return "FAILED";
    default:
      return null;
  }
}

export function statusFromResend(type: string): NotificationStatus | null {
  switch (type) {
    case "email.sent":
      return "SENT";
    case "email.delivered":
      return "DELIVERED";
    case "email.bounced":
    case "email.failed":
      return "FAILED";
    default:
      return null;
  }
}
