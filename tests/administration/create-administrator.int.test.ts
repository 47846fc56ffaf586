import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { AdministratorRefused, createAdministrator } from "@/server/services/administration/create-administrator";
import { migratedDbPerFile } from "../support/test-db";

// The first administrator of an empty production database: created by the operator's command, able to sign in
// with the password given at the prompt, and never a second account on the same e-mail.

const testDb = migratedDbPerFile("admincreate");
const root = path.resolve(import.meta.dirname, "../..");

/** Runs `npm run admin:create`'s script as an operator would, the password piped in on stdin. */
function runCommand(args: string[], stdin: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      // The same command line as the npm script: the tools' tsconfig turns `server-only` off under plain Node.
      [
        "--tsconfig",
        path.join(root, "tools/admin/tsconfig.json"),
        path.join(root, "tools/admin/create-admin.ts"),
        ...args,
      ],
      {
        env: { ...process.env, DATABASE_URL: testDb.current().url },
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out }));
    child.stdin.end(stdin);
  });
}

describe("admin:create", () => {
  it("creates an active administrator with no district who signs in with the piped password, audited", async () => {
    const password = "correct horse battery staple";
    const result = await runCommand(
      ["--email", " First.Admin@Example.AZ ", "--name", "Aysel Məmmədova", "--password-stdin"],
      `${password}\n`,
    );
    expect(result.out).toContain("administrator first.admin@example.az created");
    expect(result.out).not.toContain(password);
    expect(result.code).toBe(0);

    const { db } = testDb.current();
    const user = await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.az" } });
    expect(user).toMatchObject({ role: "ADMIN", districtCode: null, active: true, name: "Aysel Məmmədova", fin: null });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(password);
    const attempt = {
      email: "first.admin@example.az",
      password,
      now: new Date(),
      clientAddress: "test",
      authSecret: "x".repeat(32),
    };
    expect(await authenticateStaff(db, attempt, { sendUnlockEmail: async () => {} })).toMatchObject({ role: "ADMIN" });
    expect(await db.auditLog.count({ where: { action: "administrator.created", entityId: user.id } })).toBe(1);
  });

  it("refuses an e-mail already in use and leaves the existing account as it was", async () => {
    const { db } = testDb.current();
    const before = await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.az" } });
    const result = await runCommand(
      ["--email", "first.admin@example.az", "--name", "Someone Else", "--password-stdin"],
      "another long password\n",
    );
    expect(result.code).toBe(1);
    expect(result.out).toContain("already exists");
    expect(await db.user.findUniqueOrThrow({ where: { email: "first.admin@example.az" } })).toEqual(before);
  });

  it("refuses a short password, a bad e-mail and a missing name without writing anything", async () => {
    const { db } = testDb.current();
    const count = await db.user.count();
    await expect(
      createAdministrator(db, { email: "second@example.az", name: "Second Admin", password: "short" }),
    ).rejects.toThrow(AdministratorRefused);
    await expect(
      createAdministrator(db, { email: "not-an-email", name: "Second Admin", password: "long enough password" }),
    ).rejects.toThrow(/e-mail/);
    const noName = await runCommand(["--email", "second@example.az", "--password-stdin"], "long enough password\n");
    expect(noName.code).toBe(1);
    expect(noName.out).toContain("usage:");
    expect(await db.user.count()).toBe(count);
  });
});
