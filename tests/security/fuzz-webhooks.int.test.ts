import { createHmac } from "node:crypto";
import fc from "fast-check";
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError, appErrorStatus } from "@/server/errors";
import { applyResendWebhook } from "@/server/services/notifications/apply-resend-webhook";
import { applyTwilioStatusCallback } from "@/server/services/notifications/apply-twilio-status-callback";
import { createCaller } from "@/server/api/root";
import { citizenSession, seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

/**
 * Hostile callbacks to the two notification webhooks (Resend's e-mail events, Twilio's SMS status callbacks), as
 * the bank's webhook is fuzzed in fuzz-inputs.int.test.ts: wrong types, 1 MB strings, unicode, injection payloads,
 * unsigned, forged, stale (replayed) and correctly signed but malformed callbacks. Each must be refused with a
 * business error that is not a server error (4xx), and the outbox must be exactly as it was after all the refusals.
 * A genuine callback replayed changes nothing the second time.
 */

const testDb = migratedDbPerFile("fuzzhooks");
const RESEND_SECRET = `whsec_${Buffer.from("resend-webhook-secret-for-fuzzing").toString("base64")}`;
const TWILIO_TOKEN = "twilio-auth-token-for-fuzzing";
const APP_BASE_URL = "https://vemtas.example.az";
const TWILIO_URL = `${APP_BASE_URL}/api/webhooks/twilio`;
const EMAIL_ID = "4ef9a417-02e9-4d39-ad75-9611e0fcc33c";
const SMS_SID = `SM${"ab12".repeat(8)}`;

const hostileString = fc.oneof(
  fc.constantFrom(
    "' OR '1'='1' --",
    '\'); DROP TABLE "Notification"; --',
    "<script>alert(1)</script>",
    "${7*7}{{7*7}}",
    "\u0000\u202e\ud800",
    "Ə".repeat(10_000),
    "x".repeat(1_000_000),
    "../../etc/passwd",
    "__proto__",
    "constructor",
    EMAIL_ID,
    SMS_SID,
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, [], {}, -1, 2 ** 53),
  fc.anything({ maxDepth: 3 }),
);

async function outboxSnapshot(): Promise<string> {
  return JSON.stringify(await testDb.current().db.notification.findMany({ orderBy: { id: "asc" } }));
}

/** The refusal's code, checked to be a business error whose HTTP status is 4xx; "accepted" when not refused. */
async function outcome(call: () => Promise<{ changed: boolean }>): Promise<string> {
  try {
    const result = await call();
    return result.changed ? "changed" : "unchanged";
  } catch (e) {
    if (!(e instanceof AppError)) return `server error: ${String(e).slice(0, 200)}`;
    const status: string = appErrorStatus[e.code];
    if (status === "INTERNAL_SERVER_ERROR" || status === "SERVICE_UNAVAILABLE") return `server error: ${e.code}`;
    return e.code;
  }
}

function svix(body: string, opts: { secret?: string; timestamp?: number; id?: string } = {}) {
  const id = opts.id ?? "msg_fuzz";
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from((opts.secret ?? RESEND_SECRET).replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { id, timestamp, signature: `v1,${signature}` };
}

const twilioSigned = (params: Record<string, string>, token = TWILIO_TOKEN) => ({
  body: new URLSearchParams(params).toString(),
  signature: twilio.getExpectedTwilioSignature(token, TWILIO_URL, params),
});

beforeAll(async () => {
  vi.stubEnv("RESEND_API_KEY", "re_fuzz");
  vi.stubEnv("RESEND_BASE_URL", "http://127.0.0.1:1");
  vi.stubEnv("RESEND_WEBHOOK_SECRET", RESEND_SECRET);
  vi.stubEnv("MAIL_FROM", "VEMTAS <no-reply@vemtas.example.az>");
  vi.stubEnv("TWILIO_ACCOUNT_SID", "ACfuzz");
  vi.stubEnv("TWILIO_AUTH_TOKEN", TWILIO_TOKEN);
  vi.stubEnv("TWILIO_FROM", "+15005550006");
  vi.stubEnv("TWILIO_API_BASE_URL", "http://127.0.0.1:1");
  vi.stubEnv("APP_BASE_URL", APP_BASE_URL);
  const { db } = testDb.current();
  await seedReference(db);
  const citizen = await citizenSession(db, "1AAAAAA");
  const app = await createCaller({ db, user: citizen, now: new Date(), authSecret: "x".repeat(32) }).application.start({
    districtCode: "BAK-NASIMI",
    locale: "az",
  });
  const common = {
    applicationId: app.id,
    locale: "az" as const,
    status: "SENT" as const,
    body: "Müraciətiniz qeydə alındı.",
    sentAt: new Date(),
  };
  await db.notification.create({
    data: {
      ...common,
      kind: "REGISTRATION_NOTICE",
      channel: "EMAIL",
      recipient: "family@example.az",
      subject: "VEMTAS",
      dedupeKey: `${app.id}:email`,
      providerId: EMAIL_ID,
    },
  });
  await db.notification.create({
    data: {
      ...common,
      kind: "REGISTRATION_NOTICE",
      channel: "SMS",
      recipient: "+994501234567",
      dedupeKey: `${app.id}:sms`,
      providerId: SMS_SID,
    },
  });
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe("fuzzing Resend's webhook", () => {
  it("unsigned, forged, stale and malformed events are refused as 4xx business errors and change no row", async () => {
    const { db } = testDb.current();
    const before = await outboxSnapshot();
    const delivered = JSON.stringify({ type: "email.delivered", data: { email_id: EMAIL_ID } });
    const outcomes = new Set<string>();
    const record = async (call: () => Promise<{ changed: boolean }>) => outcomes.add(await outcome(call));

    // Unsigned, signed with another secret, a stale timestamp (a replay from yesterday), a future one.
    await record(() => applyResendWebhook(db, delivered, { id: null, timestamp: null, signature: null }));
    await record(() =>
      applyResendWebhook(
        db,
        delivered,
        svix(delivered, { secret: `whsec_${Buffer.from("another").toString("base64")}` }),
      ),
    );
    await record(() =>
      applyResendWebhook(db, delivered, svix(delivered, { timestamp: Math.floor(Date.now() / 1000) - 86_400 })),
    );
    await record(() =>
      applyResendWebhook(db, delivered, svix(delivered, { timestamp: Math.floor(Date.now() / 1000) + 3_600 })),
    );
    // The signature of one body sent with another.
    const other = JSON.stringify({ type: "email.bounced", data: { email_id: EMAIL_ID } });
    await record(() => applyResendWebhook(db, other, svix(delivered)));

    // Hostile headers with any body.
    const headers = fc.record({
      id: fc.option(hostileString),
      timestamp: fc.option(fc.oneof(hostileString, fc.nat().map(String))),
      signature: fc.option(hostileString),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.json()), headers, async (body, h) => {
        const result = await outcome(() => applyResendWebhook(db, body, h));
        outcomes.add(result);
        expect(result).toBe("credentialsInvalid");
      }),
      { numRuns: 40, seed: 18 },
    );
    // Correctly signed, so parsing and the lookup are reached: hostile bodies and hostile fields in a real shape.
    const signedBody = fc.oneof(
      hostileString,
      fc.json(),
      fc.record({ type: hostileValue, data: fc.record({ email_id: hostileValue }) }).map((v) => JSON.stringify(v)),
      fc
        .record({
          type: fc.constantFrom("email.delivered", "email.bounced", "email.sent"),
          data: fc.record({ email_id: hostileString }),
        })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(signedBody, async (body) => {
        // A genuine event about the real message would change it: that case has its own test below.
        fc.pre(!body.includes(EMAIL_ID));
        const result = await outcome(() => applyResendWebhook(db, body, svix(body)));
        outcomes.add(result);
        expect(result).toMatch(/^(invalidInput|notFound|unchanged)$/);
      }),
      { numRuns: 60, seed: 18 },
    );
    expect([...outcomes].filter((o) => o.startsWith("server error"))).toEqual([]);
    expect(await outboxSnapshot()).toBe(before);
  });

  it("a genuine event changes its message once; the same event replayed changes nothing", async () => {
    const { db } = testDb.current();
    const delivered = JSON.stringify({ type: "email.delivered", data: { email_id: EMAIL_ID } });
    expect(await outcome(() => applyResendWebhook(db, delivered, svix(delivered)))).toBe("changed");
    const after = await outboxSnapshot();
    expect(await outcome(() => applyResendWebhook(db, delivered, svix(delivered)))).toBe("unchanged");
    // A late "sent" after "delivered" does not move the status back.
    const sent = JSON.stringify({ type: "email.sent", data: { email_id: EMAIL_ID } });
    expect(await outcome(() => applyResendWebhook(db, sent, svix(sent)))).toBe("unchanged");
    expect(await outboxSnapshot()).toBe(after);
  });
});

describe("fuzzing Twilio's status callback", () => {
  it("unsigned, forged and malformed callbacks are refused as 4xx business errors and change no row", async () => {
    const { db } = testDb.current();
    const before = await outboxSnapshot();
    const outcomes = new Set<string>();
    const delivered = { MessageSid: SMS_SID, MessageStatus: "delivered" };

    // Unsigned, signed with another token, signed for other fields than those sent.
    outcomes.add(await outcome(() => applyTwilioStatusCallback(db, new URLSearchParams(delivered).toString(), null)));
    outcomes.add(
      await outcome(() =>
        applyTwilioStatusCallback(
          db,
          twilioSigned(delivered, "another-token").body,
          twilioSigned(delivered, "another-token").signature,
        ),
      ),
    );
    const failedInstead = new URLSearchParams({ ...delivered, MessageStatus: "failed" }).toString();
    outcomes.add(await outcome(() => applyTwilioStatusCallback(db, failedInstead, twilioSigned(delivered).signature)));

    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.json()), fc.option(hostileString), async (body, signature) => {
        const result = await outcome(() => applyTwilioStatusCallback(db, body, signature));
        outcomes.add(result);
        expect(result).toBe("credentialsInvalid");
      }),
      { numRuns: 40, seed: 18 },
    );
    // Correctly signed: hostile values in each field, extra fields, missing fields.
    const fields = fc.record(
      {
        MessageSid: fc.oneof(hostileString, fc.constant(SMS_SID)),
        MessageStatus: fc.oneof(hostileString, fc.constantFrom("failed", "delivered", "undelivered")),
        ErrorCode: hostileString,
        extra: hostileString,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fields, async (params) => {
        // A genuine status for the real message would change it: keep only hostile combinations here.
        fc.pre(
          !(
            params.MessageSid === SMS_SID &&
            ["failed", "delivered", "undelivered"].includes(params.MessageStatus ?? "") &&
            /^\d*$/.test(params.ErrorCode ?? "")
          ),
        );
        const signed = twilioSigned(params as Record<string, string>);
        const result = await outcome(() => applyTwilioStatusCallback(db, signed.body, signed.signature));
        outcomes.add(result);
        expect(result).toMatch(/^(invalidInput|notFound|unchanged)$/);
      }),
      { numRuns: 60, seed: 18 },
    );
    expect([...outcomes].filter((o) => o.startsWith("server error"))).toEqual([]);
    expect(await outboxSnapshot()).toBe(before);
  });

  it("a genuine callback changes its message once; replayed, it changes nothing", async () => {
    const { db } = testDb.current();
    const signed = twilioSigned({ MessageSid: SMS_SID, MessageStatus: "delivered" });
    expect(await outcome(() => applyTwilioStatusCallback(db, signed.body, signed.signature))).toBe("changed");
    const after = await outboxSnapshot();
    expect(await outcome(() => applyTwilioStatusCallback(db, signed.body, signed.signature))).toBe("unchanged");
    expect(await outboxSnapshot()).toBe(after);
  });
});
