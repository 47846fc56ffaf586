// The benchmark signs a citizen in like a person does; the code comes from the messaging fake's inbox.
const inboxUrl = process.env.MESSAGING_FAKE_URL ?? `http://127.0.0.1:${process.env.MESSAGING_FAKE_PORT ?? 8025}`;

export async function messageCount(phone: string): Promise<number> {
  const res = await fetch(`${inboxUrl}/api/messages?to=${encodeURIComponent(phone)}`);
  return ((await res.json()) as { messages: unknown[] }).messages.length;
}

/** Polls the inbox (deadline 30 s) for the first code sent to `phone` after the first `after` messages. */
export async function waitForCode(phone: string, after: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const res = await fetch(`${inboxUrl}/api/messages?to=${encodeURIComponent(phone)}`);
    const { messages } = (await res.json()) as { messages: { text: string }[] };
    const code = messages
      .slice(after)
      .map((m) => /\b(\d{6})\b/.exec(m.text)?.[1])
      .find(Boolean);
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no sign-in code reached ${inboxUrl} for ${phone} within 30 s`);
}
