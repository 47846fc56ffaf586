import "server-only";
import { z } from "zod";
import type { NotifyConfig } from "./config";
import { twilioClient } from "./twilio-client";

/** How many of the recipient's latest messages are searched: far more than one family gets in a retry window. */
const RECENT = 50;

const ZListedMessage = z.object({ sid: z.string(), body: z.string().nullable(), dateCreated: z.date().nullable() });

export type SentSmsLookup =
  { kind: "found"; providerId: string } | { kind: "none" } | { kind: "unknown"; error: string };

/**
 * Twilio takes no idempotency key. When an earlier attempt's answer was lost (a dropped connection after Twilio
 * accepted the message), only Twilio knows it went out: before sending again, look for the same text to the
 * same number among the messages created since the outbox row was.
 */
export async function findSentSms(
  config: NotifyConfig,
  sms: { to: string; body: string; since: Date },
): Promise<SentSmsLookup> {
  try {
    const listed = await twilioClient(config).messages.list({ to: sms.to, from: config.TWILIO_FROM, limit: RECENT });
    for (const raw of listed) {
      const message = ZListedMessage.safeParse({ sid: raw.sid, body: raw.body, dateCreated: raw.dateCreated });
      if (!message.success) continue;
      const { sid, body, dateCreated } = message.data;
      // Twilio's dates have whole seconds: compare from the start of the row's second.
      if (body === sms.body && dateCreated && dateCreated.getTime() >= Math.floor(sms.since.getTime() / 1000) * 1000)
        return { kind: "found", providerId: sid };
    }
    return { kind: "none" };
  } catch (err) {
    // A status code only: Twilio's messages echo the number asked about.
    const status = z.object({ status: z.number().int() }).safeParse(err);
    return {
      kind: "unknown",
      error: status.success ? `twilio lookup ${status.data.status}` : "twilio lookup no-response",
    };
  }
}
