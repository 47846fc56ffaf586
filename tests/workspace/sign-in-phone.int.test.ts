import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { requestSignInCode } from "@/server/services/auth/request-sign-in-code";
import { AppError } from "@/server/errors";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("sign_in_phone");
const now = new Date("2026-03-10T09:00:00Z");
const secret = "x".repeat(32);
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: secret });

let caseworker: SessionUser;
let sabunchuCaseworker: SessionUser;
let admin: SessionUser;

const outcome = async (p: Promise<unknown>) => {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    if (e instanceof AppError) return e.code;
    throw e;
  }
};
const codeTo = (fin: string, phone: string) =>
  outcome(
    requestSignInCode(
      testDb.current().db,
      { fin, phone, locale: "az", now, secret, firstSignIn: false },
      async () => undefined,
    ),
  );

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
  admin = await staffSession(db, "admin@vemtas.local");
});

describe("a citizen's sign-in number changed at the district office", () => {
  it("takes the new number, stops the old one's live code, shows the number masked and audits the change", async () => {
    const { db } = testDb.current();
    const { application, fins } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "INSPECTION_SCHEDULED",
    });
    const fin = fins[0] ?? "";
    // A code went to the old number (+994501234567, the fixture's) before the phone was lost.
    expect(await codeTo(fin, "+994501234567")).toBe("OK");

    const saved = await api(caseworker).workspace.setSignInPhone({
      applicationId: application.id,
      phone: "055 700 11 22",
      identityChecked: true,
    });
    expect(saved.signInPhone).toBe("+994 ** *** ** 22");
    expect((await db.user.findUniqueOrThrow({ where: { fin } })).phone).toBe("+994557001122");
    expect(await db.oneTimeCode.count({ where: { fin, consumedAt: null, burnedAt: null } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { action: "citizen.signInPhoneSet", actorUserId: caseworker.id, applicationId: application.id },
      }),
    ).toBe(1);

    expect(await codeTo(fin, "+994557001122")).toBe("OK");
    expect(await codeTo(fin, "+994501234567")).toBe("phoneNotOnFile");
    const file = await api(caseworker).workspace.caseFile({ applicationId: application.id });
    expect(file.application).toMatchObject({ signInPhone: "+994 ** *** ** 22", canSetSignInPhone: true });
  });

  it("is refused without the identity check, for another district's case and for an administrator, changing nothing", async () => {
    const { db } = testDb.current();
    const { application, fins } = await submittedApplication(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-02",
      status: "INSPECTION_SCHEDULED",
    });
    const input = { applicationId: application.id, phone: "055 700 11 33" };
    expect(
      await outcome(api(caseworker).workspace.setSignInPhone({ ...input, identityChecked: false as unknown as true })),
    ).toBe("BAD_REQUEST");
    expect(await outcome(api(sabunchuCaseworker).workspace.setSignInPhone({ ...input, identityChecked: true }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcome(api(admin).workspace.setSignInPhone({ ...input, identityChecked: true }))).toBe("FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { fin: fins[0] ?? "" } })).phone).toBe("+994501234567");
    expect(
      await db.auditLog.count({ where: { action: "citizen.signInPhoneSet", applicationId: application.id } }),
    ).toBe(0);
  });
});
