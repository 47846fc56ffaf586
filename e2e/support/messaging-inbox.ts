import { expect } from "@playwright/test";
import { z } from "zod";

// The messaging fake the start script runs: every SMS and e-mail the app sends lands there.
export const inboxUrl = process.env.MESSAGING_FAKE_URL ?? `http://127.0.0.1:${process.env.MESSAGING_FAKE_PORT ?? 8025}`;

const ZInbox = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      channel: z.string(),
      to: z.string(),
      subject: z.string().nullish(),
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type InboxMessage = z.infer<typeof ZInbox>["messages"][number];

export async function messagesTo(recipient: string): Promise<InboxMessage[]> {
  const res = await fetch(`${inboxUrl}/api/messages?to=${encodeURIComponent(recipient)}`);
  return ZInbox.parse(await res.json()).messages;
}

/** Polls the inbox until a message to the recipient matches, and returns it. */
export async function waitForMessage(
  recipient: string,
  matches: (m: InboxMessage) => boolean,
  after = 0,
): Promise<InboxMessage> {
  let found: InboxMessage | undefined;
  await expect
    .poll(
      async () => {
        found = (await messagesTo(recipient)).slice(after).find(matches);
        return Boolean(found);
      },
      { timeout: 30_000, message: `no matching message to ${recipient}` },
    )
    .toBe(true);
  if (!found) throw new Error("unreachable");
  return found;
}

/** The newest six-digit sign-in code sent to the phone (E.164), after the first `after` messages. */
export async function signInCodeFor(phone: string, after: number): Promise<string> {
  const sms = await waitForMessage(phone, (m) => m.channel === "sms" && /\b\d{6}\b/.test(m.text), after);
  const code = /\b(\d{6})\b/.exec(sms.text)?.[1];
  if (!code) throw new Error("the SMS holds no code");
  return code;
}
