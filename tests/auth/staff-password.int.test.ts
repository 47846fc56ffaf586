import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { DEMO_STAFF_PASSWORD } from "../../prisma/seed-data/staff";
import { citizenSession, seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

const testDb = migratedDbPerFile("staffauth");

beforeAll(async () => {
  await seedReference(testDb.current().db);
});

const signIn = (email: string, password: string) =>
  authenticateStaff(
    testDb.current().db,
    { email, password, now: new Date(), clientAddress: "test", authSecret: "x".repeat(32) },
    { sendUnlockEmail: async () => {} },
  );

async function refusal(email: string, password: string): Promise<string> {
  try {
    await signIn(email, password);
    return "accepted";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

describe("staff sign-in with e-mail and password", () => {
  it("accepts the right password, whatever the e-mail's case, with the role and district", async () => {
    const user = await signIn(" Caseworker.Nasimi@vemtas.local ", DEMO_STAFF_PASSWORD);
    expect(user).toMatchObject({ role: "CASEWORKER", districtCode: "BAK-NASIMI", fin: null });
  });

  it("refuses a wrong password and an unknown e-mail with the same answer", async () => {
    expect(await refusal("caseworker.nasimi@vemtas.local", "wrong")).toBe("credentialsInvalid");
    expect(await refusal("nobody@vemtas.local", DEMO_STAFF_PASSWORD)).toBe("credentialsInvalid");
  });

  it("refuses a deactivated account", async () => {
    const { db } = testDb.current();
    await db.user.update({ where: { email: "inspector3.nasimi@vemtas.local" }, data: { active: false } });
    expect(await refusal("inspector3.nasimi@vemtas.local", DEMO_STAFF_PASSWORD)).toBe("credentialsInvalid");
  });

  it("stores passwords as salted scrypt hashes, never in clear", async () => {
    const rows = await testDb
      .current()
      .db.user.findMany({ where: { role: { not: "CITIZEN" } }, select: { passwordHash: true } });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.passwordHash)).size).toBe(rows.length);
    for (const r of rows) expect(r.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it("a citizen account cannot sign in as staff", async () => {
    const { db } = testDb.current();
    const citizen = await citizenSession(db, "3CCCCCC");
    await db.user.update({ where: { id: citizen.id }, data: { email: "citizen@example.az" } });
    expect(await refusal("citizen@example.az", "anything")).toBe("credentialsInvalid");
  });
});
