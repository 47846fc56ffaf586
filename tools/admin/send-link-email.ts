// The operator's tool sends the set-password e-mail itself: the app's sender is a server-only module. The same
// Resend call and idempotency key as the app's `sendStaffEmail`.
import { Resend } from "resend";
import type { StaffEmail } from "../../src/server/services/notifications/send-staff-email";

export async function sendLinkEmail(email: StaffEmail): Promise<void> {
  const key = process.env.RESEND_API_KEY;
  const from = process.env.MAIL_FROM;
  if (!key || !from) throw new Error("RESEND_API_KEY and MAIL_FROM must be set to e-mail the link");
  const resend = new Resend(key, { baseUrl: process.env.RESEND_BASE_URL });
  const { error } = await resend.emails.send(
    { from, to: [email.to], subject: email.subject, text: email.text },
    { idempotencyKey: email.dedupeKey },
  );
  if (error) throw new Error(`the link e-mail could not be sent: ${error.name}`);
}
