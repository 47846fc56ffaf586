import "server-only";
import { z } from "zod";
import { callbackUrls, type NotifyConfig } from "./config";
import type { SendResult } from "./send-result";
import { twilioClient } from "./twilio-client";

export interface OutgoingSms {
  to: string;
  body: string;
}

const TwilioAccepted = z.object({ sid: z.string().regex(/^(SM|MM)[0-9a-f]{32}$/i) });
const TwilioFailure = z.object({ status: z.number().int(), code: z.number().int().optional() });

export async function sendSms(config: NotifyConfig, sms: OutgoingSms): Promise<SendResult> {
  try {
    const message = await twilioClient(config).messages.create({
      to: sms.to,
      from: config.TWILIO_FROM,
      body: sms.body,
      statusCallback: callbackUrls(config).twilio,
    });
    const accepted = TwilioAccepted.safeParse({ sid: message.sid });
    if (!accepted.success) return { ok: false, retryable: true, error: "twilio malformed-reply" };
    return { ok: true, providerId: accepted.data.sid };
  } catch (err) {
    // A RestException carries Twilio's HTTP status and error code; anything else is the network.
    const failure = TwilioFailure.safeParse(err);
    if (!failure.success) return { ok: false, retryable: true, error: "twilio no-response" };
    const { status, code } = failure.data;
    return {
      ok: false,
      retryable: status >= 500 || status === 429,
      error: `twilio ${status}${code === undefined ? "" : ` ${code}`}`,
    };
  }
}
