import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus, NotificationKind, NotificationStatus } from "@/generated/prisma/client";
import { functions } from "@/inngest/functions";
import { purgeExpiredPersonalData } from "@/server/services/retention/purge-expired-personal-data";
import { RETENTION } from "@/server/services/retention/retention-periods";
import { citizenSession, seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The nightly purge of personal data past its period (docs/operations.md, "Retention of personal data"): what is
// past it goes, what is within it stays — each kind checked just outside and just inside its period — and a
// second run finds nothing.

const testDb = migratedDbPerFile("retention");
const db = () => testDb.current().db;
const now = new Date("2027-06-15T00:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let applicantId = "";
const ids: Record<string, string> = {};

async function application(key: string, status: ApplicationStatus, updatedAt: Date, submitted: boolean) {
  const app = await db().application.create({
    data: {
      applicantId,
      status,
      districtCode: "BAK-NASIMI",
      address: "Bakı, Füzuli küç. 12",
      contactPhone: "+994501234567",
      draft: { step: 1, contact: { firstName: "Aynur" } },
      submittedAt: submitted ? updatedAt : null,
      registrationNumber: submitted ? `VEM-2027-${String(Object.keys(ids).length).padStart(6, "0")}` : null,
      createdAt: updatedAt,
      updatedAt,
    },
  });
  ids[key] = app.id;
}

async function message(key: string, kind: NotificationKind, status: NotificationStatus, createdAt: Date) {
  const row = await db().notification.create({
    data: {
      applicationId: kind === "SIGN_IN_CODE" ? null : ids.submittedLongAgo,
      kind,
      channel: "SMS",
      locale: "az",
      recipient: "+994501234567",
      subject: kind === "SIGN_IN_CODE" ? null : "Qərar",
      body: kind === "SIGN_IN_CODE" ? "Kod: ******" : "Aynur xanım, müraciətiniz üzrə qərar verildi",
      payload: kind === "SIGN_IN_CODE" ? undefined : { amountQepik: 30_000 },
      status,
      dedupeKey: `${key}-${randomUUID()}`,
      createdAt,
      sentAt: status === "QUEUED" ? null : createdAt,
    },
  });
  ids[key] = row.id;
}

beforeAll(async () => {
  await seedReference(db());
  applicantId = (await citizenSession(db(), "5ZQ7K2M")).id;
  const justPast = (days: number) => daysAgo(days + 1);
  const justWithin = (days: number) => daysAgo(days - 1);

  await application("oldDraft", "DRAFT", justPast(RETENTION.draftDays), false);
  await application("oldWithdrawnDraft", "WITHDRAWN", justPast(RETENTION.draftDays), false);
  await application("recentDraft", "DRAFT", justWithin(RETENTION.draftDays), false);
  await application("submittedLongAgo", "REFUSED", daysAgo(800), true);

  for (const [key, createdAt] of [
    ["oldCode", justPast(RETENTION.signInCodeDays)],
    ["recentCode", justWithin(RETENTION.signInCodeDays)],
  ] as const) {
    const code = await db().oneTimeCode.create({
      data: { fin: "5ZQ7K2M", phone: "+994501234567", codeHash: "h", expiresAt: createdAt, createdAt },
    });
    ids[key] = code.id;
  }

  await message("oldSignInSms", "SIGN_IN_CODE", "SENT", justPast(RETENTION.signInCodeDays));
  await message("recentSignInSms", "SIGN_IN_CODE", "SENT", justWithin(RETENTION.signInCodeDays));
  await message("oldDecisionMessage", "DECISION", "DELIVERED", justPast(RETENTION.notificationDays));
  await message("recentDecisionMessage", "DECISION", "DELIVERED", justWithin(RETENTION.notificationDays));
  await message("oldQueuedMessage", "REGISTRATION_NOTICE", "QUEUED", justPast(RETENTION.notificationDays));

  await db().rateLimitWindow.createMany({
    data: [
      { key: "trpc:auth.requestCode:addr:1", windowStart: daysAgo(2), count: 3 },
      { key: "trpc:auth.requestCode:addr:1", windowStart: new Date(now.getTime() - 60_000), count: 1 },
    ],
  });
  await db().auditLog.create({
    data: {
      actorRole: "CASEWORKER",
      action: "application.read",
      entity: "Application",
      applicationId: ids.oldDraft,
      at: daysAgo(1000),
    },
  });
});

describe("the nightly purge of personal data", () => {
  it("counts without removing anything on a dry run", async () => {
    const counts = await purgeExpiredPersonalData(db(), { now, dryRun: true });
    expect(counts).toEqual({ drafts: 2, signInCodes: 1, signInMessages: 1, notifications: 1, rateLimitWindows: 1 });
    expect(await db().application.count({ where: { id: ids.oldDraft } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "retention.purge" } })).toBe(0);
  });

  it("deletes what is past its period, empties old messages, keeps the rest and the audit log", async () => {
    const counts = await purgeExpiredPersonalData(db(), { now });
    expect(counts).toEqual({ drafts: 2, signInCodes: 1, signInMessages: 1, notifications: 1, rateLimitWindows: 1 });

    // Drafts never submitted: gone after 90 days; a recent one and a submitted application stay.
    const apps = (await db().application.findMany({ select: { id: true } })).map((a) => a.id);
    expect(apps).not.toContain(ids.oldDraft);
    expect(apps).not.toContain(ids.oldWithdrawnDraft);
    expect(apps).toEqual(expect.arrayContaining([ids.recentDraft, ids.submittedLongAgo]));

    // Sign-in codes and their SMS: gone after 30 days.
    expect((await db().oneTimeCode.findMany()).map((c) => c.id)).toEqual([ids.recentCode]);
    const signInSms = await db().notification.findMany({ where: { kind: "SIGN_IN_CODE" } });
    expect(signInSms.map((n) => n.id)).toEqual([ids.recentSignInSms]);

    // A message about an application: after a year, who it went to and what it said are emptied; the row stays.
    const old = await db().notification.findUniqueOrThrow({ where: { id: ids.oldDecisionMessage } });
    expect(old).toMatchObject({
      recipient: "",
      subject: null,
      body: "",
      payload: null,
      status: "DELIVERED",
      kind: "DECISION",
    });
    const recent = await db().notification.findUniqueOrThrow({ where: { id: ids.recentDecisionMessage } });
    expect(recent).toMatchObject({ recipient: "+994501234567", subject: "Qərar", payload: { amountQepik: 30_000 } });
    // One still to be sent is never touched.
    expect(await db().notification.findUniqueOrThrow({ where: { id: ids.oldQueuedMessage } })).toMatchObject({
      recipient: "+994501234567",
    });

    // Rate-limit counters: the ended window goes, the current one stays.
    expect((await db().rateLimitWindow.findMany()).map((w) => w.count)).toEqual([1]);

    // The audit log keeps its rows (also about a purged draft) and records the purge with its counts, nothing personal.
    expect(await db().auditLog.count({ where: { action: "application.read", applicationId: ids.oldDraft } })).toBe(1);
    const purge = await db().auditLog.findFirstOrThrow({ where: { action: "retention.purge" } });
    expect(purge).toMatchObject({
      actorRole: "SYSTEM",
      entity: "PersonalData",
      details: { ...counts, at: now.toISOString() },
    });
  });

  it("finds nothing to do when run again, and records nothing", async () => {
    const counts = await purgeExpiredPersonalData(db(), { now });
    expect(counts).toEqual({ drafts: 0, signInCodes: 0, signInMessages: 0, notifications: 0, rateLimitWindows: 0 });
    expect(await db().auditLog.count({ where: { action: "retention.purge" } })).toBe(1);
  });

  it("runs every night in Baku as an engine function", () => {
    const fn = functions.find((f) => f.id() === "purge-personal-data");
    expect(fn).toBeDefined();
    expect(JSON.stringify((fn as unknown as { opts: unknown }).opts)).toContain("TZ=Asia/Baku 30 3 * * *");
  });
});
