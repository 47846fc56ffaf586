import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { deliverNotification, RetryableDeliveryError } from "@/server/services/notifications/deliver-notification";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { resendFailedNotifications, SWEEP_RESENDS } from "@/server/services/notifications/resend-failed-notifications";
import {
  bench,
  deliverWithRetries,
  failNext,
  inbox,
  newApplication,
  setUpNotificationBench,
} from "../notifications/support/notification-bench";

// The sweep's second chance for the family's change-decision message (issue 14): a message that failed at the
// provider after its step gave up is sent again as the same outbox row, and never twice.

setUpNotificationBench("changes_resend");

let db: Db;
beforeAll(() => {
  db = bench.db;
});

const now = () => new Date();
const sweep = () => resendFailedNotifications(db, { kinds: ["CHANGE_DECISION"], now: now() });

/** A change decision's message to a family reachable by e-mail only (no other channel to fall back to). */
async function failedChangeDecision(mode: "transient" | "lost-reply") {
  const app = await newApplication({ channel: "EMAIL", locale: "en", phone: null });
  const { notificationId } = await enqueueNotification(db, {
    applicationId: app.id,
    kind: "CHANGE_DECISION",
    data: {
      outcome: "ASSIGN",
      cause: "CHANGE_REPORT",
      decisionId: `dec-${app.id}`,
      amountQepik: 31_500,
      effectiveFrom: "2026-07-01",
      periodTo: "2027-04-30",
    },
  });
  // NOTIFY_MAX_ATTEMPTS is 3 on the bench: two transient failures the step retries, then the last one (`mode`)
  // and the step gives up.
  await failNext("email", 2, "transient");
  for (let i = 0; i < 2; i++)
    await expect(deliverNotification(db, notificationId)).rejects.toBeInstanceOf(RetryableDeliveryError);
  await failNext("email", 1, mode);
  expect((await deliverNotification(db, notificationId)).status).toBe("FAILED");
  return { app, notificationId };
}

describe("the sweep re-sends a failed change-decision message", () => {
  it("sends it once when the provider is back, and not again on the next sweeps", async () => {
    const { app, notificationId } = await failedChangeDecision("transient");
    expect(await inbox(app.contactEmail!)).toHaveLength(0);

    expect(await sweep()).toEqual({ resent: 1, failed: 0 });
    const messages = await inbox(app.contactEmail!);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.text).toContain("315.00 AZN");
    const row = await db.notification.findUniqueOrThrow({ where: { id: notificationId } });
    expect(row).toMatchObject({ status: "SENT", attempts: 4, providerId: messages[0]!.id });

    expect(await sweep()).toEqual({ resent: 0, failed: 0 });
    expect(await inbox(app.contactEmail!)).toHaveLength(1);
  });

  it("never sends twice a message the provider took while its answer was lost (the row's idempotency key)", async () => {
    const { app, notificationId } = await failedChangeDecision("lost-reply");
    // The provider kept the last attempt, though its answer never came back.
    expect(await inbox(app.contactEmail!)).toHaveLength(1);
    await sweep();
    expect(await inbox(app.contactEmail!)).toHaveLength(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).status).toBe("SENT");
  });

  it("tries once per sweep while the provider still fails, and gives up after its sweeps", async () => {
    const { app, notificationId } = await failedChangeDecision("transient");
    await failNext("email", SWEEP_RESENDS, "transient");
    for (let i = 0; i < SWEEP_RESENDS; i++) expect(await sweep()).toEqual({ resent: 0, failed: 1 });
    expect(await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).toMatchObject({
      status: "FAILED",
      attempts: 3 + SWEEP_RESENDS,
    });
    // Spent: the provider is back, but the sweep leaves the row alone.
    expect(await sweep()).toEqual({ resent: 0, failed: 0 });
    expect(await inbox(app.contactEmail!)).toHaveLength(0);
  });

  it("leaves other kinds, and a message the provider took and later reported undelivered", async () => {
    const app = await newApplication({ channel: "EMAIL", locale: "en", phone: null });
    const other = await enqueueNotification(db, { applicationId: app.id, kind: "REGISTRATION_NOTICE", data: {} });
    await failNext("email", 3, "transient");
    expect((await deliverWithRetries(other.notificationId)).outcome.status).toBe("FAILED");
    const taken = await failedChangeDecision("transient");
    await db.notification.update({ where: { id: taken.notificationId }, data: { providerId: "re_taken_earlier" } });

    expect(await sweep()).toEqual({ resent: 0, failed: 0 });
    expect(await inbox(app.contactEmail!)).toHaveLength(0);
    expect(await inbox(taken.app.contactEmail!)).toHaveLength(0);
  });
});
