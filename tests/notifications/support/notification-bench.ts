import { createHmac } from "node:crypto";
import twilio from "twilio";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import type { Channel, Locale } from "@/generated/prisma/client";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { deliverNotification, RetryableDeliveryError } from "@/server/services/notifications/deliver-notification";
import { startMessagingFake, type MessagingFake } from "../../../tools/fakes/messaging-fake";
import { serveRoutes } from "../../../tools/fakes/testing/route-server";
import { waitFor } from "../../../tools/fakes/testing/wait-for";
import type { FreshDatabase } from "../../support/fresh-database";
import { migratedDatabase } from "../../support/migrated-database";

// The notifications' test bench, shared by the outbox, sign-in code and callback tests: a migrated database, the
// messaging fake (Resend and Twilio) and the two webhook routes served for real, with the helpers to drive them.

export const AUTH_TOKEN = "twilio-test-auth-token-0001";
export const WEBHOOK_SECRET = `whsec_${Buffer.from("resend-webhook-secret-for-tests!").toString("base64")}`;
export { waitFor };

let database: FreshDatabase;
let db: Db;
let fake: MessagingFake;
let routes: { url: string; stop: () => Promise<void> };
let seq = 0;

/** The bench, live between its beforeAll and afterAll. */
export const bench = {
  get db(): Db {
    return db;
  },
  get fake(): MessagingFake {
    return fake;
  },
  get routes(): { url: string } {
    return routes;
  },
  /** How many families this file has made: unique numbers for e-mail addresses. */
  get seq(): number {
    return seq;
  },
};

export interface FakeMessage {
  id: string;
  channel: "email" | "sms";
  to: string;
  subject: string | null;
  text: string;
  status: string;
}

export async function inbox(to: string): Promise<FakeMessage[]> {
  const res = await fetch(`${fake.url}/api/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: FakeMessage[] }).messages;
}

export async function failNext(
  channel: "email" | "sms",
  count: number,
  mode: "transient" | "permanent" | "lost-reply" = "transient",
) {
  const res = await fetch(`${fake.url}/api/fail`, { method: "POST", body: JSON.stringify({ channel, count, mode }) });
  expect(res.status).toBe(200);
}

export async function tellStatus(
  providerId: string,
  status: string,
  errorCode?: string,
): Promise<{ status: number } | null> {
  const res = await fetch(`${fake.url}/api/messages/${providerId}/status`, {
    method: "POST",
    body: JSON.stringify({ status, errorCode }),
  });
  return ((await res.json()) as { callback: { status: number } | null }).callback;
}

/** Simulates the background engine: retry the step while it throws a retryable error. */
export async function deliverWithRetries(id: string) {
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

export async function newApplication(opts: {
  channel: Channel;
  locale?: Locale;
  phone?: string | null;
  email?: string | null;
}) {
  seq += 1;
  const user = await db.user.create({
    data: { role: "CITIZEN", name: `Citizen ${seq}`, fin: `T${String(seq).padStart(6, "0")}` },
  });
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

/** Registers the bench's hooks in the calling test file; `name` names its database. */
export function setUpNotificationBench(name: string): void {
  beforeAll(async () => {
    database = await migratedDatabase(name);
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
    const [twilioRoute, resendRoute] = await Promise.all([
      import("@/app/api/webhooks/twilio/route"),
      import("@/app/api/webhooks/resend/route"),
    ]);
    routes = await serveRoutes({ "/api/webhooks/twilio": twilioRoute.POST, "/api/webhooks/resend": resendRoute.POST });
    fake = await startMessagingFake({
      port: 0,
      autoDeliverMs: null,
      resendWebhook: { url: `${routes.url}/api/webhooks/resend`, secret: WEBHOOK_SECRET },
    });
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
}

// Correctly signed requests made by hand, for the bodies the fake would never send.
export async function postTwilio(params: Record<string, string>): Promise<Response> {
  const url = `${routes.url}/api/webhooks/twilio`;
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": twilio.getExpectedTwilioSignature(AUTH_TOKEN, url, params),
    },
    body: new URLSearchParams(params).toString(),
  });
}

export async function postResend(event: unknown, secret = WEBHOOK_SECRET): Promise<Response> {
  return postResendRaw(JSON.stringify(event), secret);
}

export async function postResendRaw(body: string, secret = WEBHOOK_SECRET): Promise<Response> {
  const id = "msg_test";
  const timestamp = String(Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return fetch(`${routes.url}/api/webhooks/resend`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": timestamp,
      "svix-signature": `v1,${signature}`,
    },
    body,
  });
}
