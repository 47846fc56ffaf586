import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import {
  bench,
  inbox,
  tellStatus,
  newApplication,
  postTwilio,
  postResend,
  postResendRaw,
  waitFor,
  setUpNotificationBench,
} from "./support/notification-bench";

setUpNotificationBench("notify-callbacks");

let db: Db;
beforeAll(() => {
  db = bench.db;
});

describe("delivery callbacks", () => {
  async function sentSms(locale: Locale = "az") {
    const app = await newApplication({ channel: "SMS", locale });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REGISTRATION_NOTICE",
      data: {},
    });
    await deliverNotification(db, notificationId);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    return { app, row };
  }

  it("marks an SMS delivered once; a replayed callback changes nothing", async () => {
    const { row } = await sentSms();
    expect(await tellStatus(row.providerId!, "delivered")).toEqual({
      url: `${bench.routes.url}/api/webhooks/twilio`,
      status: 200,
    });
    const delivered = await db.notification.findUniqueOrThrow({ where: { id: row.id } });
    expect(delivered.status).toBe("DELIVERED");
    expect(delivered.deliveredAt).not.toBeNull();

    expect((await tellStatus(row.providerId!, "delivered"))?.status).toBe(200);
    expect((await tellStatus(row.providerId!, "sent"))?.status).toBe(200);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(delivered);
  });

  it("marks an e-mail delivered from Resend's signed webhook; a replay changes nothing", async () => {
    const app = await newApplication({ channel: "EMAIL" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REGISTRATION_NOTICE",
      data: {},
    });
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
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      error: "delivery twilio 30003",
    });
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
    const res = await fetch(`${bench.routes.url}/api/webhooks/twilio`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "bm90LWEtc2lnbmF0dXJl" },
      body: new URLSearchParams({ MessageSid: row.providerId!, MessageStatus: "delivered" }).toString(),
    });
    expect(res.status).toBe(401);
    expect(await db.notification.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses a Resend webhook signed with another secret, and changes nothing", async () => {
    const app = await newApplication({ channel: "EMAIL" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REGISTRATION_NOTICE",
      data: {},
    });
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
