import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { authenticateStaff } from "@/server/services/auth/authenticate-staff";
import { startMessagingFake, type MessagingFake } from "../../tools/fakes/messaging-fake";
import { migratedDbPerFile } from "../support/test-db";

// `npm run admin:create -- … --send-link` on a fresh database (no seed: no staff at all), as an operator runs it:
// the first administrator gets a one-time set-password link through the app's own e-mail transport, here into the
// messaging fake; the link works once and the administrator can then sign in.

const run = promisify(execFile);
const testDb = migratedDbPerFile("adminlink");
const db = () => testDb.current().db;
const EMAIL = "first.admin@vemtas.example.az";
const PASSWORD = "Birinci parol 2026";
let fake: MessagingFake;

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

function adminCreate(args: string[], env: Record<string, string>) {
  // Only what an operator's shell would hold: no Twilio or webhook secrets, which e-mailing a link does not need.
  const base = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NODE_ENV: "production" as const };
  return run("npm", ["run", "-s", "admin:create", "--", ...args], { env: { ...base, ...env }, timeout: 120_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

beforeAll(async () => {
  fake = await startMessagingFake({ port: 0, autoDeliverMs: null });
});

afterAll(async () => {
  await fake?.stop();
});

describe("admin:create --send-link", () => {
  it("creates the first administrator, e-mails a one-time set-password link that works once, then they sign in", async () => {
    expect(await db().user.count()).toBe(0);
    const env = {
      DATABASE_URL: testDb.current().url,
      APP_BASE_URL: "https://vemtas.example.az",
      RESEND_API_KEY: "re_operator_key",
      RESEND_BASE_URL: fake.url,
      MAIL_FROM: "VEMTAS <no-reply@vemtas.example.az>",
    };
    const result = await adminCreate(["--email", EMAIL, "--name", "Birinci Administrator", "--send-link"], env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`administrator ${EMAIL} created; a link to set the password was e-mailed`);

    const admin = await db().user.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true, passwordHash: null, districtCode: null });
    const mails = await inbox(EMAIL);
    expect(mails).toHaveLength(1);
    const token = /https:\/\/vemtas\.example\.az\/az\/staff\/password\?token=([A-Za-z0-9_-]{43})/.exec(
      mails[0]?.text ?? "",
    )?.[1];
    expect(token).toBeDefined();
    // Sent through the app's transport: recorded in the outbox, with the token masked there.
    const outbox = await db().notification.findFirstOrThrow({ where: { recipient: EMAIL } });
    expect(outbox).toMatchObject({ kind: "STAFF_PASSWORD_LINK", channel: "EMAIL", status: "SENT" });
    expect(outbox.body).not.toContain(token);

    const api = createCaller({
      db: db(),
      user: null,
      now: new Date(),
      authSecret: "x".repeat(32),
      clientAddress: "op",
    });
    await api.auth.setPassword({ token: token ?? "", password: PASSWORD });
    await expect(api.auth.setPassword({ token: token ?? "", password: "İkinci parol 2027" })).rejects.toMatchObject({
      message: "passwordLinkInvalid",
    });
    const signedIn = await authenticateStaff(
      db(),
      { email: EMAIL, password: PASSWORD, now: new Date(), clientAddress: "op", authSecret: "x".repeat(32) },
      { sendUnlockEmail: async () => {} },
    );
    expect(signedIn).toMatchObject({ id: admin.id, role: "ADMIN" });

    // A second run for the same e-mail is refused and sends nothing more.
    const again = await adminCreate(["--email", EMAIL, "--name", "Birinci Administrator", "--send-link"], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(await inbox(EMAIL)).toHaveLength(1);
  }, 240_000);
});
