import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { hashPassword } from "../../src/server/services/auth/password";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { requestPasswordReset } from "@/server/services/auth/request-password-reset";
import { sendStaffEmail } from "@/server/services/notifications/send-staff-email";
import { hashPasswordToken, PASSWORD_LINK_TTL_MS } from "@/server/services/staff/issue-password-link";
import { startMessagingFake, type MessagingFake } from "../../tools/fakes/messaging-fake";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { setMessagingFakeEnv } from "../support/notice-env";

/** The staff sign-in as the Auth.js provider calls it, with the throttle's address and no unlock e-mail. */
const staffSignIn = (email: string, password: string) =>
  authenticateStaff(
    db(),
    { email, password, now: new Date(), clientAddress: "test", authSecret: "x".repeat(32) },
    { sendUnlockEmail: async () => {} },
  );

// Password set and reset by an e-mailed one-time link, through the real e-mail transport into the messaging fake.

const testDb = migratedDbPerFile("pwlink");
const db = () => testDb.current().db;
const now = new Date("2026-12-04T08:00:00Z");
const at = (t: Date, user: SessionUser | null = null) =>
  createCaller({ db: db(), user, now: t, authSecret: "x".repeat(32), clientAddress: "198.51.100.7" });
const GOOD = "Yeni parol 2026";

let fake: MessagingFake;
let admin: SessionUser;

interface FakeMessage {
  channel: string;
  to: string;
  subject: string | null;
  text: string;
}
async function inbox(to: string): Promise<FakeMessage[]> {
  const res = await fetch(`${fake.url}/api/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: FakeMessage[] }).messages;
}
/** The token of the newest link e-mailed to `to`, polled with a deadline (the reset link is sent in the background). */
async function linkTokenFor(to: string, count = 1): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = await inbox(to);
    const text = mails.length >= count ? mails[mails.length - 1]?.text : undefined;
    const token = text ? /staff\/password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] : undefined;
    if (token) return token;
    if (Date.now() > deadline) throw new Error(`no link e-mailed to ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "accepted";
  } catch (e) {
    return (e as Error).message;
  }
}

beforeAll(async () => {
  fake = await startMessagingFake({ port: 0, autoDeliverMs: null });
  setMessagingFakeEnv(fake.url);
  await seedReference(db());
  admin = await staffSession(db(), "admin@vemtas.local");
});

afterAll(async () => {
  await fake?.stop();
});

beforeEach(async () => {
  await fetch(`${fake.url}/api/messages`, { method: "DELETE" });
});

const newAccount = (email: string) => ({
  name: "Leyla Məmmədova",
  email,
  role: "CASEWORKER" as const,
  districtCode: "BAK-NASIMI",
  dailyInspectionCapacity: null,
});

describe("the set-password link of a new account", () => {
  it("is e-mailed in the account's language, stored only as a hash, works once and lets the holder sign in", async () => {
    const email = "new.caseworker@vemtas.local";
    const { id, linkSent } = await at(now, admin).administration.createStaff(newAccount(email));
    expect(linkSent).toBe(true);
    const [mail] = await inbox(email);
    expect(mail?.subject).toBe("VEMTAS işçi hesabınız");
    const token = await linkTokenFor(email);
    expect(mail?.text).toContain(`http://vemtas.test/az/staff/password?token=${token}`);

    const row = await db().passwordToken.findFirstOrThrow({ where: { userId: id } });
    expect(row).toMatchObject({ purpose: "SET", tokenHash: hashPasswordToken(token), usedAt: null });
    expect(row.expiresAt.getTime() - now.getTime()).toBe(PASSWORD_LINK_TTL_MS);
    // Neither the outbox nor the database holds the token itself.
    const outbox = await db().notification.findFirstOrThrow({
      where: { recipient: email, kind: "STAFF_PASSWORD_LINK" },
    });
    expect(outbox.body).not.toContain(token);
    expect(outbox.status).toBe("SENT");

    expect(await refusal(staffSignIn(email, GOOD))).toBe("credentialsInvalid");
    // Its page names the account; reading it claims nothing.
    expect(await at(now).auth.passwordLink({ token })).toEqual({ state: "VALID", email });
    await at(new Date(now.getTime() + 60_000)).auth.setPassword({ token, password: GOOD });
    expect(await at(now).auth.passwordLink({ token })).toEqual({ state: "INVALID" });
    expect((await staffSignIn(email, GOOD)).id).toBe(id);
    expect(
      await refusal(at(new Date(now.getTime() + 120_000)).auth.setPassword({ token, password: "Başqa parol 2027" })),
    ).toBe("passwordLinkInvalid");

    // The account's life (sign-ins are audited too, under their own actions: staff-sign-in-hardening covers them).
    const audit = await db().auditLog.findMany({
      where: { entityId: id, action: { notIn: ["staff.signIn", "staff.signIn.failed"] } },
      orderBy: { at: "asc" },
      select: { action: true, actorUserId: true },
    });
    expect(audit).toEqual([
      { action: "staff.created", actorUserId: admin.id },
      { action: "staff.passwordLinkIssued", actorUserId: admin.id },
      { action: "staff.passwordSet", actorUserId: id },
    ]);
  });

  it("expires after 24 hours, and a newer link burns the older one", async () => {
    const email = "late.caseworker@vemtas.local";
    const { id } = await at(now, admin).administration.createStaff(newAccount(email));
    const first = await linkTokenFor(email);
    const day = new Date(now.getTime() + PASSWORD_LINK_TTL_MS);
    expect(await at(day).auth.passwordLink({ token: first })).toEqual({ state: "EXPIRED" });
    expect(await refusal(at(day).auth.setPassword({ token: first, password: GOOD }))).toBe("passwordLinkExpired");

    await at(day, admin).administration.sendPasswordLink({ userId: id });
    const second = await linkTokenFor(email, 2);
    expect(second).not.toBe(first);
    await at(day, admin).administration.sendPasswordLink({ userId: id });
    const third = await linkTokenFor(email, 3);
    expect(await at(day).auth.passwordLink({ token: second })).toEqual({ state: "INVALID" });
    expect(await refusal(at(day).auth.setPassword({ token: second, password: GOOD }))).toBe("passwordLinkInvalid");
    await at(day).auth.setPassword({ token: third, password: GOOD });
    expect(await db().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).toMatchObject({
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
  });

  it("refuses a password against the policy, with the field's message key", async () => {
    await expect(at(now).auth.setPassword({ token: "x".repeat(43), password: "short1" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      at(now).auth.setPassword({ token: "x".repeat(43), password: "onlyletterslong" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await refusal(at(now).auth.setPassword({ token: "x".repeat(43), password: GOOD }))).toBe(
      "passwordLinkInvalid",
    );
  });

  it("is for administrators only", async () => {
    const supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    await expect(at(now, supervisor).administration.createStaff(newAccount("x@vemtas.local"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(at(now, supervisor).administration.sendPasswordLink({ userId: admin.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("forgot password", () => {
  it("answers the same for a known and an unknown e-mail, and e-mails a reset link only to the known one", async () => {
    const email = "forgetful@vemtas.local";
    const user = await db().user.create({
      data: {
        email,
        name: "Forgetful",
        role: "SUPERVISOR",
        districtCode: "BAK-NASIMI",
        passwordHash: await hashPassword("Köhnə parol 2020"),
        locale: "en",
      },
    });
    const known = await at(now).auth.requestPasswordReset({ email: "Forgetful@vemtas.local" });
    const unknown = await at(now).auth.requestPasswordReset({ email: "nobody@vemtas.local" });
    expect(known).toEqual(unknown);
    const token = await linkTokenFor(email);
    expect((await inbox(email))[0]?.subject).toBe("Reset your VEMTAS password");
    expect(await inbox("nobody@vemtas.local")).toEqual([]);

    await at(now).auth.setPassword({ token, password: GOOD });
    expect((await staffSignIn(email, GOOD)).id).toBe(user.id);
    expect(await refusal(staffSignIn(email, "Köhnə parol 2020"))).toBe("credentialsInvalid");
    expect(
      await db().auditLog.count({
        where: { entityId: user.id, action: "staff.passwordLinkIssued", actorUserId: null },
      }),
    ).toBe(1);
  });

  it("a deactivated account gets no link, and a link issued before deactivation stops working", async () => {
    const email = "leaving@vemtas.local";
    const user = await db().user.create({
      data: { email, name: "Leaving", role: "CASEWORKER", districtCode: "BAK-NASIMI" },
    });
    await requestPasswordReset(db(), { email, now, baseUrl: "http://vemtas.test" }, (m) => sendStaffEmail(db(), m));
    const token = await linkTokenFor(email);
    await at(now, admin).administration.setStaffActive({ userId: user.id, active: false });
    expect(await refusal(at(now).auth.setPassword({ token, password: GOOD }))).toBe("passwordLinkInvalid");
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();

    await requestPasswordReset(db(), { email, now, baseUrl: "http://vemtas.test" }, (m) => sendStaffEmail(db(), m));
    expect(await inbox(email)).toHaveLength(1);
  });

  it("sends at most three links an hour per e-mail, still answering the same, and limits the caller's address", async () => {
    const email = "hammered@vemtas.local";
    await db().user.create({ data: { email, name: "Hammered", role: "CASEWORKER", districtCode: "BAK-NASIMI" } });
    const later = new Date("2026-12-04T10:00:00Z");
    for (let i = 0; i < 5; i++)
      await requestPasswordReset(db(), { email, now: later, baseUrl: "http://vemtas.test" }, (m) =>
        sendStaffEmail(db(), m),
      );
    expect(await inbox(email)).toHaveLength(3);

    const t = new Date("2026-12-04T12:00:00Z");
    const caller = createCaller({
      db: db(),
      user: null,
      now: t,
      authSecret: "x".repeat(32),
      clientAddress: "203.0.113.9",
    });
    for (let i = 0; i < 10; i++) await caller.auth.requestPasswordReset({ email: `probe${i}@vemtas.local` });
    await expect(caller.auth.requestPasswordReset({ email: "probe@vemtas.local" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });
});
