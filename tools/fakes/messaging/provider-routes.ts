import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { parseJson, readBody, sendJson } from "../http-kit";
import type { MessageStore, StoredMessage } from "./store";

// The two provider APIs as the real SDKs call them: Resend's `POST /emails` (JSON, bearer key, optional
// Idempotency-Key) and Twilio's `POST /2010-04-01/Accounts/{sid}/Messages.json` (form, basic auth), with its
// `GET` listing of the messages sent (newest first, filtered by To and From).

const ResendEmail = z.object({
  from: z.string().min(1),
  to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]),
  subject: z.string().min(1),
  text: z.string().optional(),
  html: z.string().optional(),
});

export async function acceptResendEmail(
  store: MessageStore,
  req: IncomingMessage,
  res: ServerResponse,
  onAccepted: (m: StoredMessage) => void,
): Promise<void> {
  if (!/^Bearer re_\S+$/.test(req.headers.authorization ?? "")) {
    sendJson(res, 401, {
      statusCode: 401,
      name: "missing_api_key",
      message: "Missing API key in the authorization header.",
    });
    return;
  }
  const raw = await readBody(req);
  const parsed = ResendEmail.safeParse(parseJson(raw));
  if (!parsed.success) {
    sendJson(res, 422, {
      statusCode: 422,
      name: "validation_error",
      message: parsed.error.issues[0]?.message ?? "invalid",
    });
    return;
  }
  const key = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
  if (key) {
    const seen = store.idempotent(key, raw);
    if (seen.kind === "replay") {
      sendJson(res, 200, { id: seen.id });
      return;
    }
    if (seen.kind === "conflict") {
      sendJson(res, 409, {
        statusCode: 409,
        name: "invalid_idempotent_request",
        message: "Same idempotency key used with a different payload.",
      });
      return;
    }
  }
  const failure = store.takeFailure("email");
  if (failure === "transient") {
    sendJson(res, 500, { statusCode: 500, name: "internal_server_error", message: "Injected failure." });
    return;
  }
  if (failure === "permanent") {
    sendJson(res, 422, { statusCode: 422, name: "validation_error", message: "Injected permanent failure." });
    return;
  }
  const email = parsed.data;
  const recipients = Array.isArray(email.to) ? email.to : [email.to];
  // One stored copy per recipient so the inbox lists it under each; the API answers with the first id.
  const stored = recipients.map((to) =>
    store.add({
      channel: "email",
      to,
      from: email.from,
      subject: email.subject,
      text: email.text ?? email.html ?? "",
      statusCallback: null,
      authToken: null,
    }),
  );
  const first = stored[0];
  if (!first) throw new Error("no recipient");
  if (key) store.remember(key, raw, first.id);
  if (failure === "lost-reply") {
    // Sent, but the caller never learns it: the connection drops before the answer.
    req.socket.destroy();
    for (const m of stored) onAccepted(m);
    return;
  }
  sendJson(res, 200, { id: first.id });
  for (const m of stored) onAccepted(m);
}

const TwilioForm = z.object({
  To: z.string().min(3),
  From: z.string().min(1),
  Body: z.string().min(1).max(1600),
  StatusCallback: z.url().optional(),
});

function basicAuth(header: string | undefined): { user: string; password: string } | null {
  const m = /^Basic (.+)$/.exec(header ?? "");
  if (!m?.[1]) return null;
  const decoded = Buffer.from(m[1], "base64").toString("utf8");
  const i = decoded.indexOf(":");
  return i < 0 ? null : { user: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

export async function acceptTwilioMessage(
  store: MessageStore,
  accountSid: string,
  req: IncomingMessage,
  res: ServerResponse,
  onAccepted: (m: StoredMessage) => void,
): Promise<void> {
  const auth = basicAuth(req.headers.authorization);
  if (!auth || auth.user !== accountSid) {
    sendJson(res, 401, {
      code: 20003,
      message: "Authenticate",
      more_info: "https://www.twilio.com/docs/errors/20003",
      status: 401,
    });
    return;
  }
  const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
  const parsed = TwilioForm.safeParse(form);
  if (!parsed.success) {
    sendJson(res, 400, {
      code: 21602,
      message: "Message body is required.",
      more_info: "https://www.twilio.com/docs/errors/21602",
      status: 400,
    });
    return;
  }
  const failure = store.takeFailure("sms");
  if (failure === "transient") {
    sendJson(res, 503, {
      code: 20503,
      message: "Service unavailable (injected).",
      more_info: "https://www.twilio.com/docs/errors/20503",
      status: 503,
    });
    return;
  }
  if (failure === "permanent") {
    sendJson(res, 400, {
      code: 21211,
      message: "Invalid 'To' Phone Number (injected).",
      more_info: "https://www.twilio.com/docs/errors/21211",
      status: 400,
    });
    return;
  }
  const sms = parsed.data;
  // The password of the basic auth is the account's auth token: the fake signs callbacks with it, as Twilio does.
  const m = store.add({
    channel: "sms",
    to: sms.To,
    from: sms.From,
    subject: null,
    text: sms.Body,
    statusCallback: sms.StatusCallback ?? null,
    authToken: auth.password,
  });
  if (failure === "lost-reply") {
    // Sent, but the caller never learns it: the connection drops before the answer.
    req.socket.destroy();
    onAccepted(m);
    return;
  }
  sendJson(res, 201, twilioResource(accountSid, m));
  onAccepted(m);
}

function twilioResource(accountSid: string, m: StoredMessage) {
  const created = new Date(m.createdAt).toUTCString();
  return {
    sid: m.id,
    account_sid: accountSid,
    api_version: "2010-04-01",
    body: m.text,
    date_created: created,
    date_updated: created,
    date_sent: null,
    direction: "outbound-api",
    error_code: null,
    error_message: null,
    from: m.from,
    messaging_service_sid: null,
    num_media: "0",
    num_segments: "1",
    price: null,
    price_unit: "USD",
    status: m.status,
    to: m.to,
    uri: `/2010-04-01/Accounts/${accountSid}/Messages/${m.id}.json`,
    subresource_uris: { media: `/2010-04-01/Accounts/${accountSid}/Messages/${m.id}/Media.json` },
  };
}

export function listTwilioMessages(
  store: MessageStore,
  accountSid: string,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  const auth = basicAuth(req.headers.authorization);
  if (!auth || auth.user !== accountSid) {
    sendJson(res, 401, {
      code: 20003,
      message: "Authenticate",
      more_info: "https://www.twilio.com/docs/errors/20003",
      status: 401,
    });
    return;
  }
  const to = url.searchParams.get("To");
  const from = url.searchParams.get("From");
  const pageSize = Math.min(1000, Number(url.searchParams.get("PageSize") ?? 50) || 50);
  const messages = store
    .list()
    .filter((m) => m.channel === "sms" && (to === null || m.to === to) && (from === null || m.from === from))
    .reverse()
    .slice(0, pageSize)
    .map((m) => twilioResource(accountSid, m));
  const uri = `/2010-04-01/Accounts/${accountSid}/Messages.json?PageSize=${pageSize}&Page=0`;
  sendJson(res, 200, {
    messages,
    uri,
    first_page_uri: uri,
    next_page_uri: null,
    previous_page_uri: null,
    page: 0,
    page_size: pageSize,
    start: 0,
    end: Math.max(0, messages.length - 1),
  });
}
