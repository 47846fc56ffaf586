import { createHmac } from "node:crypto";
import twilio from "twilio";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Channel, Locale } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { startMessagingFake, type MessagingFake } from "../../../../tools/fakes/messaging-fake";
import { serveRoutes } from "../../../../tools/fakes/testing/route-server";
import { migratedDatabase } from "../../../../tests/support/migrated-database";
import { waitFor } from "../../../../tools/fakes/testing/wait-for";
import type { FreshDatabase } from "../../../../tests/support/fresh-database";
import { deliverNotification, RetryableDeliveryError } from "./deliver-notification";
import { enqueueNotification } from "./enqueue-notification";
import { fallBackToOtherChannel } from "./fall-back-to-other-channel";
import { sendSignInCode } from "./send-sign-in-code";

const AUTH_TOKEN = "twilio-test-auth-token-0001";
const WEBHOOK_SECRET = `whsec_${Buffer.from("resend-webhook-secret-for-tests!").toString("base64")}`;

let database: FreshDatabase;
let db: Db;
let fake: MessagingFake;
let routes: { url: string; stop: () => Promise<void> };
let seq = 0;

interface FakeMessage {
  id: string;
  channel: "email" | "sms";
  to: string;
  subject: string | null;
  text: string;
  status: string;
}

async function inbox(to: string): Promise<FakeMessage[]> {
  const res = await fetch(`${fake.url}/api/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: FakeMessage[] }).messages;
}

async function failNext(channel: "email" | "sms", count: number, mode: "transient" | "permanent" | "lost-reply" = "transient") {
  const res = await fetch(`${fake.url}/api/fail`, { method: "POST", body: JSON.stringify({ channel, count, mode }) });
  expect(res.status).toBe(200);
}

async function tellStatus(providerId: string, status: string, errorCode?: string): Promise<{ status: number } | null> {
  const res = await fetch(`${fake.url}/api/messages/${providerId}/status`, { method: "POST", body: JSON.stringify({ status, errorCode }) });
  return ((await res.json()) as { callback: { status: number } | null }).callback;
}

/** Simulates the background engine: retry the step while it throws a retryable error. */
async function deliverWithRetries(id: string) {
  const errors: RetryableDeliveryError[] = [];
  for (;;) {
    try {
      return { outcome: await deliverNotification(db, id), errors };
    } catch (err) {
      if (!(err instanceof RetryableDeliveryError) || errors.length > 10) throw err;
      errors.push(err);
    }
  }
}

async function newApplication(opts: { channel: Channel; locale?: Locale; phone?: string | null; email?: string | null }) {
  seq += 1;
  const user = await db.user.create({ data: { role: "CITIZEN", name: `Citizen ${seq}`, fin: `T${String(seq).padStart(6, "0")}` } });
  return db.application.create({
    data: {
      applicantId: user.id,
      status: "SUBMITTED",
      registrationNumber: `VEM-2026-${String(seq).padStart(6, "0")}`,
      applicationDate: new Date("2026-03-02T00:00:00Z"),
      preferredChannel: opts.channel,
      locale: opts.locale ?? "az",
      contactPhone: opts.phone === undefined ? `+99450${String(1000000 + seq)}` : opts.phone,
      contactEmail: opts.email === undefined ? `family${seq}@example.az` : opts.email,
    },
  });
}

beforeAll(async () => {
  database = await migratedDatabase("notify");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    RESEND_API_KEY: "re_test_key",
    RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET,
    MAIL_FROM: "vemtas <no-reply@vemtas.example.az>",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM: "+15005550006",
    NOTIFY_MAX_ATTEMPTS: "3",
  });
  // The route modules read DATABASE_URL through getDb(), so they are loaded after it is set.
  const [twilioRoute, resendRoute] = await Promise.all([import("@/app/api/webhooks/twilio/route"), import("@/app/api/webhooks/resend/route")]);
  routes = await serveRoutes({ "/api/webhooks/twilio": twilioRoute.POST, "/api/webhooks/resend": resendRoute.POST });
  fake = await startMessagingFake({ port: 0, autoDeliverMs: null, resendWebhook: { url: `${routes.url}/api/webhooks/resend`, secret: WEBHOOK_SECRET } });
  process.env.APP_BASE_URL = routes.url;
  process.env.RESEND_BASE_URL = fake.url;
  process.env.TWILIO_API_BASE_URL = fake.url;
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await fake?.stop();
  await routes?.stop();
  await db?.$disconnect();
  await database?.drop();
});

beforeEach(async () => {
  await fetch(`${fake.url}/api/messages`, { method: "DELETE" });
});

describe("outbox and delivery", () => {
  it("queues one message per application and kind and sends it once, however often the steps run", async () => {
    const app = await newApplication({ channel: "SMS" });
    const first = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    const again = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    expect(first.created).toBe(true);
    expect(again).toEqual({ notificationId: first.notificationId, created: false });

    const sent = await deliverNotification(db, first.notificationId);
    const resent = await deliverNotification(db, first.notificationId);
    expect(sent).toMatchObject({ status: "SENT", sent: true });
    expect(resent).toMatchObject({ status: "SENT", sent: false });

    const messages = await inbox(app.contactPhone!);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain(app.registrationNumber!);
    expect(messages[0]!.text).toContain("02.03.2026");
    const row = await db.notification.findUniqueOrThrow({ where: { id: first.notificationId } });
    expect(row).toMatchObject({ channel: "SMS", locale: "az", status: "SENT", providerId: messages[0]!.id, attempts: 1, dedupeKey: `${app.id}:REGISTRATION_NOTICE` });
  });

  it("sends the e-mail with Resend's Idempotency-Key, so a second send after a lost answer makes no second e-mail", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "DECISION",
      data: { outcome: "ASSIGN", decisionId: "dec-idem", amountQepik: 24_000, periodFrom: "2026-03-01", periodTo: "2027-02-28" },
    });
    await deliverNotification(db, notificationId);
    // As if our write of SENT had been lost: the step runs again with the row still QUEUED.
    await db.notification.update({ where: { id: notificationId }, data: { status: "QUEUED", providerId: null } });
    await deliverNotification(db, notificationId);
    const messages = await inbox(app.contactEmail!);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.subject).toContain("assistance assigned");
    expect(messages[0]!.text).toContain("240.00 AZN");
  });

  it("finds at Twilio an SMS whose answer was lost, instead of sending it twice", async () => {
    const app = await newApplication({ channel: "SMS", locale: "az" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "INSPECTION_DATE", data: { date: "2026-03-06" } });
    // Twilio takes the message, then the connection drops: the first attempt cannot know it went out.
    await failNext("sms", 1, "lost-reply");

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("twilio no-response")]);
    expect(outcome).toMatchObject({ status: "SENT", sent: true });
    const messages = await inbox(app.contactPhone!);
    expect(messages).toHaveLength(1);
    expect(fake.store.attempts.sms).toBe(1);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row).toMatchObject({ status: "SENT", providerId: messages[0]!.id, attempts: 2 });
  });

  it("sends an e-mail whose answer was lost once: the retry carries the same Idempotency-Key", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "DECISION_LATE", data: { dueOn: "2026-03-23" } });
    await failNext("email", 1, "lost-reply");
    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(1);
    expect(outcome).toMatchObject({ status: "SENT", sent: true });
    const emails = await inbox(app.contactEmail!);
    expect(emails).toHaveLength(1);
    expect(await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).toMatchObject({ status: "SENT", providerId: emails[0]!.id, attempts: 2 });
  });

  it("retries a Twilio failure, then falls back to e-mail", async () => {
    const app = await newApplication({ channel: "SMS", locale: "ru" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "INSPECTION_DATE", data: { date: "2026-03-06" } });
    await failNext("sms", 3);

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(2);
    expect(outcome).toMatchObject({ status: "FAILED", sent: false });
    expect(fake.store.attempts.sms).toBe(3);
    const failed = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 3, error: "twilio 503 20503" });

    const fallback = await fallBackToOtherChannel(db, notificationId);
    expect(fallback).not.toBeNull();
    expect(await fallBackToOtherChannel(db, notificationId)).toEqual(fallback);
    expect(await deliverNotification(db, fallback!.notificationId)).toMatchObject({ status: "SENT", sent: true });

    const emails = await inbox(app.contactEmail!);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.text).toContain("06.03.2026");
    expect(emails[0]!.text).toContain("Обследование");
    expect(await inbox(app.contactPhone!)).toHaveLength(0);
    const row = await db.notification.findUniqueOrThrow({ where: { id: fallback!.notificationId } });
    expect(row).toMatchObject({ channel: "EMAIL", fallbackOfId: notificationId, locale: "ru", recipient: app.contactEmail });
  });

  it("retries a Resend failure, then falls back to SMS", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "DECISION_LATE", data: { dueOn: "2026-03-23" } });
    await failNext("email", 3);

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(2);
    expect(outcome.status).toBe("FAILED");
    expect(fake.store.attempts.email).toBe(3);

    const fallback = await fallBackToOtherChannel(db, notificationId);
    await deliverNotification(db, fallback!.notificationId);
    const sms = await inbox(app.contactPhone!);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain("23 Mar 2026");
  });

  it("does not retry a permanent refusal, and has no fallback when the family gave no other contact", async () => {
    const app = await newApplication({ channel: "SMS", email: null });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    await failNext("sms", 1, "permanent");
    expect(await deliverNotification(db, notificationId)).toMatchObject({ status: "FAILED" });
    expect(fake.store.attempts.sms).toBe(1);
    expect(await fallBackToOtherChannel(db, notificationId)).toBeNull();
  });

  it("renders a refusal with every reason in the family's language", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "az" });
    const reasons = [
      { code: "VEHICLE", messages: { az: "Ailə nəqliyyat vasitəsindən istifadə edir", ru: "Семья пользуется автомобилем", en: "The family uses a vehicle" } },
      { code: "INCOME_ABOVE_NEED", messages: { az: "Gəlir ehtiyac meyarından yüksəkdir", ru: "Доход выше критерия", en: "Income above the criterion" } },
    ];
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "DECISION", data: { outcome: "REFUSE", decisionId: "dec-r", reasons } });
    await deliverNotification(db, notificationId);
    const [email] = await inbox(app.contactEmail!);
    expect(email!.subject).toContain("təyin edilmədi");
    expect(email!.text).toContain("1. Ailə nəqliyyat vasitəsindən istifadə edir");
    expect(email!.text).toContain("2. Gəlir ehtiyac meyarından yüksəkdir");
  });

  it("sends a review request to the staff member, in the staff member's language", async () => {
    const app = await newApplication({ channel: "SMS" });
    const staff = await db.user.create({ data: { role: "CASEWORKER", name: "Caseworker", email: `cw${seq}@staff.example.az`, locale: "en" } });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "REVIEW_REQUEST", data: { reviewId: "rev-1", staffUserId: staff.id } });
    await deliverNotification(db, notificationId);
    const [email] = await inbox(staff.email!);
    expect(email!.subject).toBe(`Review needed: ${app.registrationNumber}`);
  });
});

describe("sign-in code", () => {
  it("reaches the phone, while the outbox keeps only a masked text", async () => {
    const phone = "+994501112233";
    await sendSignInCode(db, { fin: "5ABCD12", phone, code: "482913", locale: "en" });
    const [sms] = await inbox(phone);
    expect(sms!.text).toContain("482913");
    const row = await db.notification.findFirstOrThrow({ where: { recipient: phone, kind: "SIGN_IN_CODE" } });
    expect(row.body).not.toContain("482913");
    expect(row.body).toContain("******");
    expect(row).toMatchObject({ status: "SENT", applicationId: null, providerId: sms!.id, payload: null });
  });

  it("fails loudly when Twilio refuses, so sign-in can say so", async () => {
    await failNext("sms", 2);
    await expect(sendSignInCode(db, { fin: "5ABCD12", phone: "+994501112244", code: "111222", locale: "az" })).rejects.toThrow(/could not be sent/);
    const row = await db.notification.findFirstOrThrow({ where: { recipient: "+994501112244" } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 2 });
    expect(row.body).not.toContain("111222");
  });
});

describe("delivery callbacks", () => {
  async function sentSms(locale: Locale = "az") {
    const app = await newApplication({ channel: "SMS", locale });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    await deliverNotification(db, notificationId);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    return { app, row };
  }

  it("marks an SMS delivered once; a replayed callback changes nothing", async () => {
    const { row } = await sentSms();
    expect(await tellStatus(row.providerId!, "delivered")).toEqual({ url: `${routes.url}/api/webhooks/twilio`, status: 200 });
    const delivered = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(delivered.status).toBe("DELIVERED");
    expect(delivered.deliveredAt).not.toBeNull();

    expect((await tellStatus(row.providerId!, "delivered"))?.status).toBe(200);
    expect((await tellStatus(row.providerId!, "sent"))?.status).toBe(200);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(delivered);
  });

  it("marks an e-mail delivered from Resend's signed webhook; a replay changes nothing", async () => {
    const app = await newApplication({ channel: "EMAIL" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    await deliverNotification(db, notificationId);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect((await tellStatus(row.providerId!, "email.delivered"))?.status).toBe(200);
    const delivered = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(delivered.status).toBe("DELIVERED");
    expect((await tellStatus(row.providerId!, "email.delivered"))?.status).toBe(200);
    expect((await tellStatus(row.providerId!, "email.opened"))?.status).toBe(200);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(delivered);
  });

  it("falls back to e-mail when Twilio reports the SMS undelivered, once however often it says so", async () => {
    const { app, row } = await sentSms("en");
    expect((await tellStatus(row.providerId!, "undelivered", "30003"))?.status).toBe(200);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "FAILED", error: "delivery twilio 30003" });
    const emails = await waitFor(async () => {
      const list = await inbox(app.contactEmail!);
      return list.length > 0 ? list : null;
    }, "the fallback e-mail");
    expect(emails[0]!.subject).toContain(app.registrationNumber!);

    expect((await tellStatus(row.providerId!, "undelivered", "30003"))?.status).toBe(200);
    expect(await inbox(app.contactEmail!)).toHaveLength(1);
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(2);
  });

  it("refuses a Twilio callback with a bad signature, and changes nothing", async () => {
    const { row } = await sentSms();
    const res = await fetch(`${routes.url}/api/webhooks/twilio`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "bm90LWEtc2lnbmF0dXJl" },
      body: new URLSearchParams({ MessageSid: row.providerId!, MessageStatus: "delivered" }).toString(),
    });
    expect(res.status).toBe(401);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses a Resend webhook signed with another secret, and changes nothing", async () => {
    const app = await newApplication({ channel: "EMAIL" });
    const { notificationId } = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    await deliverNotification(db, notificationId);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    const other = `whsec_${Buffer.from("not-the-secret-the-app-knows-xyz").toString("base64")}`;
    const res = await postResend({ type: "email.delivered", data: { email_id: row.providerId } }, other);
    expect(res.status).toBe(401);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("answers 4xx to an unknown message or a malformed body, and changes nothing", async () => {
    const { row } = await sentSms();
    const before = await db.notification.findMany({ orderBy: { id: "asc" } });

    const unknownSid = `SM${"f".repeat(32)}`;
    expect((await postTwilio({ MessageSid: unknownSid, MessageStatus: "delivered" })).status).toBe(404);
    expect((await postTwilio({ MessageSid: row.providerId!, MessageStatus: "exploded" })).status).toBe(400);
    expect((await postTwilio({ MessageStatus: "delivered" })).status).toBe(400);
    expect((await postResend({ type: "email.delivered", data: { email_id: "no-such-email" } })).status).toBe(404);
    expect((await postResend({ type: "email.delivered", data: {} })).status).toBe(400);
    expect((await postResendRaw("{not json")).status).toBe(400);

    expect(await db.notification.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});

// Correctly signed requests made by hand, for the bodies the fake would never send.
async function postTwilio(params: Record<string, string>): Promise<Response> {
  const url = `${routes.url}/api/webhooks/twilio`;
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, params) },
    body: new URLSearchParams(params).toString(),
  });
}

async function postResend(event: unknown, secret = WEBHOOK_SECRET): Promise<Response> {
  return postResendRaw(JSON.stringify(event), secret);
}

async function postResendRaw(body: string, secret = WEBHOOK_SECRET): Promise<Response> {
  const id = "msg_test";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return fetch(`${routes.url}/api/webhooks/resend`, {
    method: "POST",
    headers: { "content-type": "application/json", "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}` },
    body,
  });
}
