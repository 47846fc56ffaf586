import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { deliverNotification } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { fallBackToOtherChannel } from "@/server/services/notifications/fall-back-to-other-channel";
import {
  bench,
  inbox,
  failNext,
  deliverWithRetries,
  newApplication,
  setUpNotificationBench,
} from "./support/notification-bench";

setUpNotificationBench("notify-outbox");

let db: Db;
beforeAll(() => {
  db = bench.db;
});

describe("outbox and delivery", () => {
  it("names the decision's due day in the registration notice, from the application the outbox reads", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    await db.application.update({ where: { id: app.id }, data: { decisionDueOn: new Date("2026-03-23T00:00:00Z") } });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REGISTRATION_NOTICE",
      data: {},
    });
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row.payload).toEqual({ decisionDueOn: "2026-03-23" });
    expect(row.body).toContain("23 Mar 2026");
  });

  it("names the home the inspector comes to in a visit's e-mail, from the application the outbox reads", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    await db.application.update({ where: { id: app.id }, data: { address: "  Sumqayıt, 9-cu mikrorayon, ev 14  " } });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "INSPECTION_DATE",
      data: { date: "2026-03-13" },
    });
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row.payload).toEqual({ date: "2026-03-13", attempt: 1, address: "Sumqayıt, 9-cu mikrorayon, ev 14" });
    expect(row.body).toContain("the address given in your application: Sumqayıt, 9-cu mikrorayon, ev 14.");

    // An application without an address (or a message that brings its own) is left as it is.
    const bare = await newApplication({ channel: "EMAIL", locale: "en" });
    const moved = await enqueueNotification(db, {
      applicationId: bare.id,
      kind: "VISIT_RESCHEDULED",
      data: { bookingId: "visit-1-2", date: "2026-03-16", timeWindow: null, inspectorName: "Rauf Ə." },
    });
    const movedRow = await db.notification.findUniqueOrThrow({ where: { id: moved.notificationId } });
    expect(movedRow.payload).not.toHaveProperty("address");
    expect(movedRow.body).not.toContain("address");
  });

  it("gives two steps queueing the same message at the same moment the one row, created once", async () => {
    const app = await newApplication({ channel: "EMAIL" });
    // Both read "not queued yet" before either writes (the reads go out together): the second write meets the
    // unique key and must answer with the first one's row, not fail.
    const both = await Promise.all(
      [1, 2].map(() => enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} })),
    );
    expect(both.map((b) => b.created).sort()).toEqual([false, true]);
    expect(both[0]!.notificationId).toBe(both[1]!.notificationId);
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(1);
  });

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
    expect(row).toMatchObject({
      channel: "SMS",
      locale: "az",
      status: "SENT",
      providerId: messages[0]!.id,
      attempts: 1,
      dedupeKey: `${app.id}:REGISTRATION_NOTICE`,
    });
  });

  it("sends the e-mail with Resend's Idempotency-Key, so a second send after a lost answer makes no second e-mail", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "DECISION",
      data: {
        outcome: "ASSIGN",
        decisionId: "dec-idem",
        amountQepik: 24_000,
        periodFrom: "2026-03-01",
        periodTo: "2027-02-28",
      },
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
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "INSPECTION_DATE",
      data: { date: "2026-03-06" },
    });
    // Twilio takes the message, then the connection drops: the first attempt cannot know it went out.
    await failNext("sms", 1, "lost-reply");

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("twilio no-response")]);
    expect(outcome).toMatchObject({ status: "SENT", sent: true });
    const messages = await inbox(app.contactPhone!);
    expect(messages).toHaveLength(1);
    expect(bench.fake.store.attempts.sms).toBe(1);
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row).toMatchObject({ status: "SENT", providerId: messages[0]!.id, attempts: 2 });
  });

  it("writes a message sent at once claimed for its first attempt, and a retry after a lost answer asks Twilio first", async () => {
    const app = await newApplication({ channel: "SMS", locale: "en" });
    const written = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "INSPECTION_DATE",
      data: { date: "2026-03-06" },
      sendNow: true,
    });
    // Claimed as deliverNotification claims it: the sweeper and a concurrent try see attempt 1 in progress.
    expect(written.claimed).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(await db.notification.findUniqueOrThrow({ where: { id: written.notificationId } })).toMatchObject({
      status: "QUEUED",
      attempts: 1,
    });
    await failNext("sms", 1, "lost-reply");
    await expect(deliverNotification(db, written.notificationId, written.claimed)).rejects.toThrow(
      /twilio no-response/,
    );
    // The retried step finds the row written before (no claimed row now), looks at Twilio, and sends nothing more.
    const again = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "INSPECTION_DATE",
      data: { date: "2026-03-06" },
      sendNow: true,
    });
    expect(again).toEqual({ notificationId: written.notificationId, created: false });
    expect(await deliverNotification(db, again.notificationId, again.claimed)).toMatchObject({
      status: "SENT",
      sent: true,
    });
    expect(await inbox(app.contactPhone!)).toHaveLength(1);
    expect(bench.fake.store.attempts.sms).toBe(1);
    expect(await db.notification.findUniqueOrThrow({ where: { id: written.notificationId } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("sends an e-mail whose answer was lost once: the retry carries the same Idempotency-Key", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "DECISION_LATE",
      data: { dueOn: "2026-03-23" },
    });
    await failNext("email", 1, "lost-reply");
    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(1);
    expect(outcome).toMatchObject({ status: "SENT", sent: true });
    const emails = await inbox(app.contactEmail!);
    expect(emails).toHaveLength(1);
    expect(await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).toMatchObject({
      status: "SENT",
      providerId: emails[0]!.id,
      attempts: 2,
    });
  });

  it("retries a Twilio failure, then falls back to e-mail", async () => {
    const app = await newApplication({ channel: "SMS", locale: "ru" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "INSPECTION_DATE",
      data: { date: "2026-03-06" },
    });
    await failNext("sms", 3);

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(2);
    expect(outcome).toMatchObject({ status: "FAILED", sent: false });
    expect(bench.fake.store.attempts.sms).toBe(3);
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
    expect(row).toMatchObject({
      channel: "EMAIL",
      fallbackOfId: notificationId,
      locale: "ru",
      recipient: app.contactEmail,
    });
  });

  it("retries a Resend failure, then falls back to SMS", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en" });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "DECISION_LATE",
      data: { dueOn: "2026-03-23" },
    });
    await failNext("email", 3);

    const { outcome, errors } = await deliverWithRetries(notificationId);
    expect(errors).toHaveLength(2);
    expect(outcome.status).toBe("FAILED");
    expect(bench.fake.store.attempts.email).toBe(3);

    const fallback = await fallBackToOtherChannel(db, notificationId);
    await deliverNotification(db, fallback!.notificationId);
    const sms = await inbox(app.contactPhone!);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text).toContain("23 Mar 2026");
  });

  it("does not retry a permanent refusal, and has no fallback when the family gave no other contact", async () => {
    const app = await newApplication({ channel: "SMS", email: null });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REGISTRATION_NOTICE",
      data: {},
    });
    await failNext("sms", 1, "permanent");
    expect(await deliverNotification(db, notificationId)).toMatchObject({ status: "FAILED" });
    expect(bench.fake.store.attempts.sms).toBe(1);
    expect(await fallBackToOtherChannel(db, notificationId)).toBeNull();
  });

  it("renders a refusal with every reason in the family's language", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "az" });
    const reasons = [
      {
        code: "VEHICLE",
        messages: {
          az: "Ailə nəqliyyat vasitəsindən istifadə edir",
          ru: "Семья пользуется автомобилем",
          en: "The family uses a vehicle",
        },
      },
      {
        code: "INCOME_ABOVE_NEED",
        messages: {
          az: "Gəlir ehtiyac meyarından yüksəkdir",
          ru: "Доход выше критерия",
          en: "Income above the criterion",
        },
      },
    ];
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "DECISION",
      data: { outcome: "REFUSE", decisionId: "dec-r", reasons },
    });
    await deliverNotification(db, notificationId);
    const [email] = await inbox(app.contactEmail!);
    expect(email!.subject).toContain("təyin edilmədi");
    expect(email!.text).toContain("1. Ailə nəqliyyat vasitəsindən istifadə edir");
    expect(email!.text).toContain("2. Gəlir ehtiyac meyarından yüksəkdir");
  });

  it("sends a review request to the staff member, in the staff member's language", async () => {
    const app = await newApplication({ channel: "SMS" });
    const staff = await db.user.create({
      data: { role: "CASEWORKER", name: "Caseworker", email: `cw${bench.seq}@staff.example.az`, locale: "en" },
    });
    const { notificationId } = await enqueueNotification(db, {
      applicationId: app.id,
      kind: "REVIEW_REQUEST",
      data: { reviewId: "rev-1", staffUserId: staff.id },
    });
    await deliverNotification(db, notificationId);
    const [email] = await inbox(staff.email!);
    expect(email!.subject).toBe(`Review needed: ${app.registrationNumber}`);
  });
});
