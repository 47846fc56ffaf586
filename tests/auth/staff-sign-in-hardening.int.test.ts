import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { base32Decode, totpCode } from "@/server/services/auth/totp";
import { AppError } from "@/server/errors";
import { authenticateStaff, type StaffSignInAttempt } from "@/server/services/auth/authenticate-staff";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
import { refreshSessionUser, sessionStanding } from "@/server/services/auth/refresh-session-user";
import { renderStaffUnlockEmail, type StaffUnlockEmail } from "@/server/services/auth/send-staff-unlock-email";
import { STAFF_FAILED_SIGN_IN_LIMIT, UNLOCK_TOKEN_TTL_MS } from "@/server/services/auth/staff-sign-in-rules";
import { unlockStaffAccount } from "@/server/services/auth/unlock-staff-account";
import { consumeRateLimit } from "@/server/services/security/consume-rate-limit";
import { STAFF_SIGN_IN_ACCOUNT_LIMIT, STAFF_SIGN_IN_ADDRESS_LIMIT } from "@/server/services/security/rate-limits";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("staffguard");
const AUTH_SECRET = "s".repeat(40);
const t0 = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

let mailbox: StaffUnlockEmail[] = [];
const deps = { sendUnlockEmail: async (e: StaffUnlockEmail) => void mailbox.push(e) };

// Each test uses its own address so the per-address throttle of one test never refuses another's attempts.
let addressCounter = 0;
function attempt(
  email: string,
  password: string,
  now: Date,
  extra: Partial<StaffSignInAttempt> = {},
): StaffSignInAttempt {
  return { email, password, now, clientAddress: `10.0.0.${++addressCounter}`, authSecret: AUTH_SECRET, ...extra };
}

async function outcome(a: StaffSignInAttempt): Promise<string> {
  try {
    await authenticateStaff(testDb.current().db, a, deps);
    return "accepted";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  await seedReference(testDb.current().db);
});

describe("staff lockout after failed sign-ins", () => {
  const email = "caseworker.nasimi@vemtas.local";

  it(`locks after ${STAFF_FAILED_SIGN_IN_LIMIT} wrong passwords, refuses the right one with accountLocked, e-mails one link, audits it`, async () => {
    const { db } = testDb.current();
    mailbox = [];
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    for (let i = 1; i < STAFF_FAILED_SIGN_IN_LIMIT; i++)
      expect(await outcome(attempt(email, "wrong", at(i)))).toBe("credentialsInvalid");
    expect(await outcome(attempt(email, "wrong", at(5)))).toBe("accountLocked");
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(6)))).toBe("accountLocked");
    expect(mailbox).toHaveLength(1);
    expect(mailbox[0]).toMatchObject({ to: email, locale: user.locale });
    // Only the digest is stored; the e-mail holds the plain token.
    const tokens = await db.staffUnlockToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.tokenDigest).not.toContain(mailbox[0]?.token);
    expect(tokens[0]?.expiresAt.getTime()).toBe(at(5).getTime() + UNLOCK_TOKEN_TTL_MS);
    const actions = (await db.auditLog.findMany({ where: { entityId: user.id }, select: { action: true } })).map(
      (r) => r.action,
    );
    expect(actions.filter((a) => a === "staff.signIn.failed")).toHaveLength(STAFF_FAILED_SIGN_IN_LIMIT);
    expect(actions).toEqual(
      expect.arrayContaining(["staff.locked", "staff.unlockLink.sent", "staff.signIn.refusedLocked"]),
    );
  });

  it("the unlock link works once, then the right password signs in again", async () => {
    const { db } = testDb.current();
    const token = mailbox[0]?.token as string;
    await unlockStaffAccount(db, { token, now: at(10) });
    await expect(unlockStaffAccount(db, { token, now: at(11) })).rejects.toMatchObject({ code: "unlockLinkInvalid" });
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(12)))).toBe("accepted");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.staffSignInGuard.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      lockedAt: null,
      failedAttempts: 0,
    });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "staff.unlocked" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "staff.signIn" } })).toBe(1);
  });

  it("a good sign-in resets the count: wrong answers must come in a row to lock", async () => {
    for (let i = 0; i < STAFF_FAILED_SIGN_IN_LIMIT - 1; i++)
      expect(await outcome(attempt(email, "wrong", at(20 + i)))).toBe("credentialsInvalid");
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(25)))).toBe("accepted");
    expect(await outcome(attempt(email, "wrong", at(26)))).toBe("credentialsInvalid");
  });

  it("an expired unlock link does not unlock; signing in again after it expired sends a new one", async () => {
    const { db } = testDb.current();
    const other = "inspector2.nasimi@vemtas.local";
    mailbox = [];
    for (let i = 0; i < STAFF_FAILED_SIGN_IN_LIMIT; i++) await outcome(attempt(other, "wrong", at(30 + i)));
    expect(mailbox).toHaveLength(1);
    const late = new Date(at(34).getTime() + UNLOCK_TOKEN_TTL_MS + 1);
    await expect(unlockStaffAccount(db, { token: mailbox[0]?.token as string, now: late })).rejects.toMatchObject({
      code: "unlockLinkInvalid",
    });
    // While the first link was live, a locked attempt sent nothing new; after it expired, one new link.
    expect(await outcome(attempt(other, DEMO_STAFF_PASSWORD, at(40)))).toBe("accountLocked");
    expect(mailbox).toHaveLength(1);
    expect(await outcome(attempt(other, DEMO_STAFF_PASSWORD, late))).toBe("accountLocked");
    expect(mailbox).toHaveLength(2);
    await unlockStaffAccount(db, { token: mailbox[1]?.token as string, now: late });
    expect(await outcome(attempt(other, DEMO_STAFF_PASSWORD, late))).toBe("accepted");
  });

  it("an unknown e-mail answers exactly like a real one: credentialsInvalid, then accountLocked after the same count", async () => {
    const unknown = "nobody.here@vemtas.local";
    const answers: string[] = [];
    for (let i = 0; i < STAFF_FAILED_SIGN_IN_LIMIT + 1; i++)
      answers.push(await outcome(attempt(unknown, "wrong", at(50 + i))));
    const real: string[] = [];
    for (let i = 0; i < STAFF_FAILED_SIGN_IN_LIMIT + 1; i++)
      real.push(await outcome(attempt("inspector3.nasimi@vemtas.local", "wrong", at(50 + i))));
    expect(answers).toEqual(real);
  });

  it("throttles attempts per e-mail (rateLimited) even with the right password, until the window ends", async () => {
    const target = "supervisor.ganja@vemtas.local";
    const answers: string[] = [];
    for (let i = 0; i < STAFF_SIGN_IN_ACCOUNT_LIMIT.limit + 1; i++)
      answers.push(await outcome(attempt(target, DEMO_STAFF_PASSWORD, at(70))));
    expect(answers.slice(0, -1).every((a) => a === "accepted")).toBe(true);
    expect(answers.at(-1)).toBe("rateLimited");
    expect(await outcome(attempt(target, DEMO_STAFF_PASSWORD, at(90)))).toBe("accepted");
  });

  it("throttles attempts per address across e-mails", async () => {
    const { db } = testDb.current();
    const address = "203.0.113.9";
    // The address has used all but two of its attempts in this window (scrypt is too slow to spend them here).
    for (let i = 0; i < STAFF_SIGN_IN_ADDRESS_LIMIT.limit - 2; i++)
      await consumeRateLimit(db, `staff-sign-in:addr:${address}`, STAFF_SIGN_IN_ADDRESS_LIMIT, at(75));
    const sprayed = (i: number) =>
      outcome({ ...attempt(`sprayed${i}@vemtas.local`, "wrong", at(75)), clientAddress: address });
    expect([await sprayed(1), await sprayed(2), await sprayed(3)]).toEqual([
      "credentialsInvalid",
      "credentialsInvalid",
      "rateLimited",
    ]);
  });

  it("renders the unlock e-mail in the account's language with the link after #", () => {
    const mail = { to: "x@vemtas.local", token: "TOKEN123", tokenId: "t1" };
    const az = renderStaffUnlockEmail("https://vemtas.gov.az/", { ...mail, locale: "az" });
    const ru = renderStaffUnlockEmail("https://vemtas.gov.az", { ...mail, locale: "ru" });
    expect(az.text).toContain("https://vemtas.gov.az/az/staff/unlock#TOKEN123");
    expect(ru.text).toContain("https://vemtas.gov.az/ru/staff/unlock#TOKEN123");
    expect(az.subject).not.toBe(ru.subject);
  });
});

describe("TOTP second factor", () => {
  const email = "supervisor.sabunchu@vemtas.local";
  let secret = "";
  let recoveryCodes: string[] = [];

  it("enrols: a secret, confirmed by a first code, gives recovery codes stored as digests only", async () => {
    const { db } = testDb.current();
    const user = await staffSession(db, email);
    const start = await beginTotpEnrolment(db, { user, authSecret: AUTH_SECRET, now: at(100) });
    secret = start.secret;
    expect(start.otpauthUri).toMatch(/^otpauth:\/\/totp\/VEMTAS%3Asupervisor\.sabunchu%40vemtas\.local\?secret=/);
    const guard = await db.staffSignInGuard.findUniqueOrThrow({ where: { userId: user.id } });
    expect(guard.totpSecret).not.toContain(secret);
    // Before confirmation the password alone still signs in.
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(100)))).toBe("accepted");
    await expect(
      confirmTotpEnrolment(db, { user, code: "000000", authSecret: AUTH_SECRET, now: at(101) }),
    ).rejects.toMatchObject({ code: "totpInvalid" });
    const key = base32Decode(secret) as Buffer;
    ({ recoveryCodes } = await confirmTotpEnrolment(db, {
      user,
      code: totpCode(key, at(101)),
      authSecret: AUTH_SECRET,
      now: at(101),
    }));
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db.staffSignInGuard.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.recoveryCodeDigests).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.recoveryCodeDigests.join()).not.toContain(code);
    await expect(beginTotpEnrolment(db, { user, authSecret: AUTH_SECRET, now: at(102) })).rejects.toMatchObject({
      code: "totpAlreadyEnrolled",
    });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "staff.totp.enrolled" } })).toBe(1);
  });

  it("then asks for the code after the password; a right code signs in once, a replayed or wrong one does not", async () => {
    const key = base32Decode(secret) as Buffer;
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(110)))).toBe("totpRequired");
    expect(await outcome(attempt(email, "wrong", at(110), { code: totpCode(key, at(110)) }))).toBe(
      "credentialsInvalid",
    );
    expect(
      await outcome(
        attempt(email, DEMO_STAFF_PASSWORD, at(110), {
          code: "123456" === totpCode(key, at(110)) ? "654321" : "123456",
        }),
      ),
    ).toBe("totpInvalid");
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(110), { code: totpCode(key, at(110)) }))).toBe(
      "accepted",
    );
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(110), { code: totpCode(key, at(110)) }))).toBe(
      "totpInvalid",
    );
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(111), { code: totpCode(key, at(111)) }))).toBe(
      "accepted",
    );
  });

  it("a recovery code signs in once (with spaces and capitals as typed), and is audited", async () => {
    const { db } = testDb.current();
    const code = recoveryCodes[0] as string;
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(120), { code: ` ${code.toUpperCase()} ` }))).toBe(
      "accepted",
    );
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(121), { code }))).toBe("totpInvalid");
    expect(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(122), { code: recoveryCodes[1] as string }))).toBe(
      "accepted",
    );
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(
      (await db.staffSignInGuard.findUniqueOrThrow({ where: { userId: user.id } })).recoveryCodeDigests,
    ).toHaveLength(8);
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "staff.recoveryCode.used" } })).toBe(2);
  });

  it("wrong codes count towards the lockout like wrong passwords", async () => {
    const answers: string[] = [];
    for (let i = 0; i < STAFF_FAILED_SIGN_IN_LIMIT; i++)
      answers.push(await outcome(attempt(email, DEMO_STAFF_PASSWORD, at(130 + i), { code: "zzzz-zzzz-zzzz" })));
    // One wrong code was counted in the test before (the replay); a good sign-in in between reset it.
    expect(answers.at(-1)).toBe("accountLocked");
  });
});

describe("STAFF_TOTP_REQUIRED", () => {
  it("a staff member without TOTP is only an enrollee: no procedure but enrolment; after enrolment, a full session", async () => {
    const { db } = testDb.current();
    const token = await staffSession(db, "caseworker.sabunchu@vemtas.local");
    expect(await refreshSessionUser(db, token, { staffTotpRequired: false })).toMatchObject({ id: token.id });
    expect(await refreshSessionUser(db, token, { staffTotpRequired: true })).toBeNull();
    const standing = await sessionStanding(db, token, { staffTotpRequired: true });
    expect(standing?.kind).toBe("totpEnrolment");

    // What the API route builds for such a session: user null, the enrollee apart.
    const ctx = { db, user: null, totpEnrollee: standing?.user ?? null, now: at(200), authSecret: AUTH_SECRET };
    const caller = createCaller(ctx);
    await expect(caller.application.list()).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "UNAUTHORIZED",
    );
    await expect(caller.review.queue()).rejects.toSatisfy((e) => e instanceof TRPCError && e.code === "UNAUTHORIZED");
    const start = await caller.staffSecurity.beginTotpEnrolment();
    const { recoveryCodes } = await caller.staffSecurity.confirmTotpEnrolment({
      code: totpCode(base32Decode(start.secret) as Buffer, at(200)),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect((await sessionStanding(db, token, { staffTotpRequired: true }))?.kind).toBe("active");
  });

  it("citizens are never asked for TOTP, and cannot enrol", async () => {
    const { db } = testDb.current();
    const citizen = await db.user.create({ data: { role: "CITIZEN", fin: "7TOTP77", name: "Vətəndaş" } });
    const token = {
      id: citizen.id,
      role: "CITIZEN" as const,
      name: citizen.name,
      districtCode: null,
      fin: citizen.fin,
    };
    expect((await sessionStanding(db, token, { staffTotpRequired: true }))?.kind).toBe("active");
    const caller = createCaller({ db, user: token, now: at(210), authSecret: AUTH_SECRET });
    await expect(caller.staffSecurity.beginTotpEnrolment()).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "FORBIDDEN",
    );
  });
});
