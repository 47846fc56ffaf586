import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { base32Decode, totpCode } from "@/server/services/auth/totp";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
import { sessionStanding } from "@/server/services/auth/refresh-session-user";
import { totpQr } from "@/server/services/auth/totp-qr";
import en from "@/messages/en.json";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// An administrator resets a staff member's second factor (lost phone): with a reason, audited, never their own;
// the staff member's next request may only enrol again, even where STAFF_TOTP_REQUIRED is off.

const testDb = migratedDbPerFile("totpreset");
const db = () => testDb.current().db;
const AUTH_SECRET = "s".repeat(40);
const t0 = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const api = (user: SessionUser, now = at(0)) => createCaller({ db: db(), user, now, authSecret: AUTH_SECRET });
const noMail = { sendUnlockEmail: async () => undefined };

let admin: SessionUser;
let secondAdmin: SessionUser;
let caseworker: SessionUser;
let supervisor: SessionUser;

async function enrol(user: SessionUser, minute: number): Promise<Buffer> {
  const start = await beginTotpEnrolment(db(), { user, authSecret: AUTH_SECRET, now: at(minute) });
  const key = base32Decode(start.secret) as Buffer;
  await confirmTotpEnrolment(db(), { user, code: totpCode(key, at(minute)), authSecret: AUTH_SECRET, now: at(minute) });
  return key;
}

async function signIn(email: string, minute: number, code?: string): Promise<string> {
  try {
    await authenticateStaff(
      db(),
      {
        email,
        password: DEMO_STAFF_PASSWORD,
        now: at(minute),
        clientAddress: "10.9.0.1",
        authSecret: AUTH_SECRET,
        code,
      },
      noMail,
    );
    return "accepted";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  await seedReference(db());
  admin = await staffSession(db(), "admin@vemtas.local");
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  await db().user.create({ data: { role: "ADMIN", name: "Second Admin", email: "admin2@test.local" } });
  secondAdmin = await staffSession(db(), "admin2@test.local");
});

describe("an administrator resets a staff member's second factor", () => {
  it("removes the factor and recovery codes, audits the reason, and the next request may only enrol", async () => {
    const oldKey = await enrol(caseworker, 1);
    expect(await api(admin).staffSecurity.totpStatus({ userId: caseworker.id })).toMatchObject({ status: "ENROLLED" });
    expect((await sessionStanding(db(), caseworker, { staffTotpRequired: false }))?.kind).toBe("active");

    const answer = await api(admin, at(10)).staffSecurity.resetTotp({
      userId: caseworker.id,
      reason: "LOST_DEVICE",
      note: "Phone lost; identity checked by a call to the district office.",
    });
    expect(answer).toEqual({ hadFactor: true });
    const guard = await db().staffSignInGuard.findUniqueOrThrow({ where: { userId: caseworker.id } });
    expect(guard).toMatchObject({ totpSecret: null, totpConfirmedAt: null, recoveryCodeDigests: [] });
    expect(guard.totpResetAt).toEqual(at(10));
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "staff.totp.reset", entityId: caseworker.id },
    });
    expect(audit).toMatchObject({
      actorUserId: admin.id,
      details: {
        reason: "LOST_DEVICE",
        note: "Phone lost; identity checked by a call to the district office.",
        hadFactor: true,
      },
    });
    expect(await api(admin).staffSecurity.totpStatus({ userId: caseworker.id })).toMatchObject({ status: "RESET" });

    // The open session (and any new one) is an enrollee, even with STAFF_TOTP_REQUIRED off; the old phone's codes are
    // worthless: the password alone now gets in, straight to enrolment.
    expect((await sessionStanding(db(), caseworker, { staffTotpRequired: false }))?.kind).toBe("totpEnrolment");
    expect(await signIn("caseworker.nasimi@vemtas.local", 20, totpCode(oldKey, at(20)))).toBe("accepted");
    const enrollee = createCaller({
      db: db(),
      user: null,
      totpEnrollee: caseworker,
      now: at(21),
      authSecret: AUTH_SECRET,
    });
    await expect(enrollee.review.queue()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const start = await enrollee.staffSecurity.beginTotpEnrolment();
    // The enrolment's QR code is drawn from the very address it shows, for this account.
    expect(start.otpauthUri).toContain(encodeURIComponent("VEMTAS:caseworker.nasimi@vemtas.local"));
    expect(start.qr).toEqual(totpQr(start.otpauthUri));
    const newKey = base32Decode(start.secret) as Buffer;
    await enrollee.staffSecurity.confirmTotpEnrolment({ code: totpCode(newKey, at(21)) });
    expect((await sessionStanding(db(), caseworker, { staffTotpRequired: false }))?.kind).toBe("active");
    expect(await signIn("caseworker.nasimi@vemtas.local", 30)).toBe("totpRequired");
    expect(await signIn("caseworker.nasimi@vemtas.local", 31, totpCode(newKey, at(31)))).toBe("accepted");
  });

  it("refuses an administrator's own reset with a localized message; another administrator may", async () => {
    await enrol(admin, 40);
    await expect(
      api(admin).staffSecurity.resetTotp({ userId: admin.id, reason: "NEW_DEVICE", note: "My new phone." }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "totpResetSelf" });
    expect(en.errors.totpResetSelf).toMatch(/another administrator/);
    expect(await api(admin).staffSecurity.totpStatus({ userId: admin.id })).toMatchObject({ status: "ENROLLED" });
    await api(secondAdmin).staffSecurity.resetTotp({
      userId: admin.id,
      reason: "NEW_DEVICE",
      note: "New phone, ticket 42.",
    });
    expect(await api(secondAdmin).staffSecurity.totpStatus({ userId: admin.id })).toMatchObject({ status: "RESET" });
  });

  it("is for administrators only, needs a note, and a citizen or unknown account reads as not found", async () => {
    await enrol(supervisor, 50);
    const input = { userId: supervisor.id, reason: "LOST_DEVICE" as const, note: "Phone lost." };
    await expect(api(caseworker).staffSecurity.resetTotp(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(api(supervisor).staffSecurity.totpStatus({ userId: supervisor.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(api(admin).staffSecurity.resetTotp({ ...input, note: "  " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const citizen = await db().user.create({ data: { role: "CITIZEN", fin: "7RESET7", name: "Vətəndaş" } });
    for (const userId of [citizen.id, "x-does-not-exist"])
      await expect(api(admin).staffSecurity.resetTotp({ ...input, userId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    expect(await api(admin).staffSecurity.totpStatus({ userId: supervisor.id })).toMatchObject({ status: "ENROLLED" });
    expect(await db().auditLog.count({ where: { action: "staff.totp.reset", entityId: supervisor.id } })).toBe(0);
  });
});
