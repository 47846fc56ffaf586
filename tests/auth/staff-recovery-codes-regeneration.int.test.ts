import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";
import { base32Decode, totpCode } from "@/server/services/auth/totp";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { beginTotpEnrolment, confirmTotpEnrolment } from "@/server/services/auth/enrol-staff-totp";
import { regenerateRecoveryCodes } from "@/server/services/auth/regenerate-recovery-codes";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// A signed-in staff member makes a new set of recovery codes after proving the factor again: the old set stops
// working at once, each new code works once, a wrong code changes nothing and counts towards the lockout.

const testDb = migratedDbPerFile("recoveryregen");
const db = () => testDb.current().db;
const AUTH_SECRET = "r".repeat(40);
const t0 = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const api = (user: SessionUser, now: Date) => createCaller({ db: db(), user, now, authSecret: AUTH_SECRET });
const noMail = { sendUnlockEmail: async () => undefined };

let caseworker: SessionUser;
let inspector: SessionUser;

async function enrol(user: SessionUser, minute: number): Promise<{ key: Buffer; codes: string[] }> {
  const start = await beginTotpEnrolment(db(), { user, authSecret: AUTH_SECRET, now: at(minute) });
  const key = base32Decode(start.secret) as Buffer;
  const { recoveryCodes } = await confirmTotpEnrolment(db(), {
    user,
    code: totpCode(key, at(minute)),
    authSecret: AUTH_SECRET,
    now: at(minute),
  });
  return { key, codes: recoveryCodes };
}

async function signIn(email: string, minute: number, code: string): Promise<string> {
  try {
    await authenticateStaff(
      db(),
      {
        email,
        password: DEMO_STAFF_PASSWORD,
        now: at(minute),
        clientAddress: "10.9.0.2",
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

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "accepted";
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof AppError ? e.cause : e;
    if (cause instanceof AppError) return cause.code;
    throw e;
  }
}

const guardOf = (userId: string) => db().staffSignInGuard.findUniqueOrThrow({ where: { userId } });

beforeAll(async () => {
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  inspector = await staffSession(db(), "inspector1.nasimi@vemtas.local");
});

describe("regenerating recovery codes from a session", () => {
  it("replaces the whole set after a current code: old codes stop working, each new one works once, audited", async () => {
    const { key, codes: oldCodes } = await enrol(caseworker, 1);
    const { recoveryCodes } = await api(caseworker, at(5)).staffSecurity.regenerateRecoveryCodes({
      code: totpCode(key, at(5)),
    });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(recoveryCodes.some((c) => oldCodes.includes(c))).toBe(false);

    const email = "caseworker.nasimi@vemtas.local";
    expect(await signIn(email, 6, oldCodes[0]!)).toBe("totpInvalid");
    expect(await signIn(email, 7, recoveryCodes[0]!)).toBe("accepted");
    expect(await signIn(email, 8, recoveryCodes[0]!)).toBe("totpInvalid");
    expect(await signIn(email, 9, recoveryCodes[1]!)).toBe("accepted");

    const audit = await db().auditLog.findMany({
      where: { action: "staff.recoveryCodes.regenerated", entityId: caseworker.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: caseworker.id, details: { provedWith: "totp", count: 10 } });
    expect(JSON.stringify(audit[0]!.details)).not.toContain(recoveryCodes[0]!);
  });

  it("accepts an old recovery code as the proof, and that code is spent with the rest of the old set", async () => {
    const { codes: oldCodes } = await enrol(inspector, 20);
    const { recoveryCodes } = await api(inspector, at(21)).staffSecurity.regenerateRecoveryCodes({
      code: oldCodes[3]!,
    });
    expect(recoveryCodes).toHaveLength(10);
    const guard = await guardOf(inspector.id);
    expect(guard.recoveryCodeDigests).toHaveLength(10);
    expect(await signIn("inspector1.nasimi@vemtas.local", 22, oldCodes[4]!)).toBe("totpInvalid");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "staff.recoveryCodes.regenerated", entityId: inspector.id },
    });
    expect(audit.details).toMatchObject({ provedWith: "recoveryCode" });
  });

  it("a wrong code changes nothing, answers totpInvalid and counts towards the lockout", async () => {
    const user = await staffSession(db(), "supervisor.nasimi@vemtas.local");
    const { key } = await enrol(user, 40);
    const before = await guardOf(user.id);

    expect(await refusal(api(user, at(41)).staffSecurity.regenerateRecoveryCodes({ code: "000000" }))).toBe(
      "totpInvalid",
    );
    const after = await guardOf(user.id);
    expect(after.recoveryCodeDigests).toEqual(before.recoveryCodeDigests);
    expect(after.failedAttempts).toBe(1);
    expect(await db().auditLog.count({ where: { action: "staff.recoveryCodes.regenerated", entityId: user.id } })).toBe(
      0,
    );

    // Four more wrong codes make five in a row: the account locks, and even the right code is refused then.
    for (let i = 0; i < 4; i++) {
      const wrong = regenerateRecoveryCodes(db(), {
        user,
        code: "zzzz-zzzz-zzzz",
        authSecret: AUTH_SECRET,
        now: at(42 + i),
        ...noMail,
      });
      expect(await refusal(wrong)).toBe(i < 3 ? "totpInvalid" : "accountLocked");
    }
    expect((await guardOf(user.id)).lockedAt).not.toBeNull();
    const right = api(user, at(50)).staffSecurity.regenerateRecoveryCodes({ code: totpCode(key, at(50)) });
    expect(await refusal(right)).toBe("accountLocked");
    expect((await guardOf(user.id)).recoveryCodeDigests).toEqual(before.recoveryCodeDigests);
  });

  it("refuses a staff member without a confirmed factor, and a citizen", async () => {
    const admin = await staffSession(db(), "admin@vemtas.local");
    expect(await refusal(api(admin, at(60)).staffSecurity.regenerateRecoveryCodes({ code: "123456" }))).toBe(
      "totpNotEnrolled",
    );
    expect(
      await refusal(
        regenerateRecoveryCodes(db(), {
          user: { id: "citizen", role: "CITIZEN", name: "C", districtCode: null, fin: "AAAAAAA" },
          code: "123456",
          authSecret: AUTH_SECRET,
          now: at(61),
          ...noMail,
        }),
      ),
    ).toBe("forbidden");
  });
});
