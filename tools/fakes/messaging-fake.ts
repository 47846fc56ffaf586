// Local fake of Resend (e-mail) and Twilio (SMS) on one port, for the demo and the tests: the real SDKs send
// to it (RESEND_BASE_URL; Twilio through a request client that swaps the origin), it keeps every message,
// shows them on an inbox page, can be told to fail, and sends signed status callbacks like the providers do.
//   tsx tools/fakes/messaging-fake.ts     (MESSAGING_FAKE_PORT, default 8025; see docs/notifications-and-bank.md)
import { z } from "zod";
import { listen, parseJson, portFrom, readBody, sendHtml, sendJson, runWhenMain, type RunningServer } from "./http-kit";
import { sendResendEvent, sendTwilioStatus, type CallbackResult } from "./messaging/callbacks";
import { inboxPage } from "./messaging/inbox-page";
import { acceptResendEmail, acceptTwilioMessage, listTwilioMessages } from "./messaging/provider-routes";
import { MessageStore, type StoredMessage } from "./messaging/store";

export interface MessagingFakeOptions {
  port?: number;
  /** Where Resend events go (the app's /api/webhooks/resend) and the `whsec_…` secret that signs them. */
  resendWebhook?: { url: string; secret: string } | null;
  /** Send "delivered" callbacks this long after each accepted message; null: only when told to (tests). */
  autoDeliverMs?: number | null;
}

export interface MessagingFake extends RunningServer {
  store: MessageStore;
}

const FailRequest = z.object({
  channel: z.enum(["email", "sms"]),
  count: z.number().int().min(0).max(1000),
  mode: z.enum(["transient", "permanent", "lost-reply"]).default("transient"),
});
const StatusRequest = z.object({
  status: z.string().regex(/^[a-z_.]+$/),
  errorCode: z.string().regex(/^\d+$/).optional(),
});

export async function startMessagingFake(options: MessagingFakeOptions = {}): Promise<MessagingFake> {
  const store = new MessageStore();
  const timers = new Set<NodeJS.Timeout>();
  const webhook = options.resendWebhook ?? null;

  const report = async (m: StoredMessage, status: string, errorCode?: string): Promise<CallbackResult | null> => {
    m.status = status;
    if (m.channel === "sms") return sendTwilioStatus(m, status, errorCode);
    return sendResendEvent(webhook, m, status.startsWith("email.") ? status : `email.${status}`);
  };

  const onAccepted = (m: StoredMessage): void => {
    const delay = options.autoDeliverMs;
    if (delay === null || delay === undefined) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      report(m, m.channel === "sms" ? "delivered" : "email.delivered").catch(() => {
        // the app may be down in the demo; the message stays listed either way
      });
    }, delay);
    timers.add(timer);
  };

  const server = await listen(
    options.port ?? 8025,
    async (req, res, url) => {
      const twilioPath = /^\/2010-04-01\/Accounts\/(AC[0-9a-zA-Z]+)\/Messages\.json$/.exec(url.pathname);
      if (req.method === "POST" && url.pathname === "/emails") return acceptResendEmail(store, req, res, onAccepted);
      if (req.method === "POST" && twilioPath?.[1])
        return acceptTwilioMessage(store, twilioPath[1], req, res, onAccepted);
      if (req.method === "GET" && twilioPath?.[1]) return listTwilioMessages(store, twilioPath[1], req, res, url);

      if (req.method === "GET" && url.pathname === "/")
        return sendHtml(
          res,
          inboxPage(store.list(url.searchParams.get("to") ?? undefined), url.searchParams.get("to")),
        );
      if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { ok: true });
      if (req.method === "GET" && url.pathname === "/api/messages") {
        return sendJson(res, 200, {
          messages: store.list(url.searchParams.get("to") ?? undefined).map(publicView),
          attempts: store.attempts,
        });
      }
      if (req.method === "DELETE" && url.pathname === "/api/messages") {
        store.clear();
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/api/fail") {
        const parsed = FailRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success)
          return sendJson(res, 400, {
            error: "expected {channel: email|sms, count, mode?: transient|permanent|lost-reply}",
          });
        store.failNext(parsed.data.channel, parsed.data.count, parsed.data.mode);
        return sendJson(res, 200, { ok: true });
      }
      const statusPath = /^\/api\/messages\/([^/]+)\/status$/.exec(url.pathname);
      if (req.method === "POST" && statusPath?.[1]) {
        const message = store.get(decodeURIComponent(statusPath[1]));
        if (!message) return sendJson(res, 404, { error: "no such message" });
        const parsed = StatusRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: "expected {status, errorCode?}" });
        const callback = await report(message, parsed.data.status, parsed.data.errorCode);
        return sendJson(res, 200, { callback });
      }
      sendJson(res, 404, { error: "not found" });
    },
    () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  );
  return { ...server, store };
}

// What tests and the inbox API show: never the auth token the fake keeps to sign callbacks.
function publicView(m: StoredMessage) {
  return {
    id: m.id,
    channel: m.channel,
    to: m.to,
    from: m.from,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt,
    status: m.status,
  };
}

runWhenMain(import.meta.url, async () => {
  const env = process.env;
  const appBase = env.APP_BASE_URL?.replace(/\/+$/, "");
  const webhookUrl = env.RESEND_WEBHOOK_URL ?? (appBase ? `${appBase}/api/webhooks/resend` : undefined);
  const secret = env.RESEND_WEBHOOK_SECRET;
  const deliver = env.MESSAGING_FAKE_DELIVER_MS ?? "1000";
  const fake = await startMessagingFake({
    port: portFrom(env.MESSAGING_FAKE_PORT, 8025),
    resendWebhook: webhookUrl && secret ? { url: webhookUrl, secret } : null,
    autoDeliverMs: deliver === "off" ? null : Number(deliver),
  });
  return { server: fake, banner: `messaging fake (Resend + Twilio) listening on ${fake.url}; inbox at ${fake.url}/` };
});
