// `npm run -s admin:create -- --email admin@example.az --name "Full Name"`: the first administrator of a
// deployment (production seeds no staff). The password is asked twice without echo, or read from stdin with
// --password-stdin; it never appears in arguments, the shell history or the environment. With --send-link no password
// is asked: the administrator gets the same one-time set-password link (24 h) as staff opened from the console,
// sent and recorded in the outbox by the app's own staff e-mail transport (`sendStaffEmail`: RESEND_API_KEY,
// MAIL_FROM, APP_BASE_URL; RESEND_BASE_URL for the local fake). The script runs under tsx with the `react-server`
// condition, so the app's server-only modules load as they do on the server.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../src/server/db/create-client";
import {
  AdministratorRefused,
  createAdministrator,
} from "../../src/server/services/administration/create-administrator";
import { issuePasswordLink } from "../../src/server/services/staff/issue-password-link";
import { sendStaffEmail } from "../../src/server/services/notifications/send-staff-email";
import { readSecret } from "./read-secret";

const usage =
  'usage: npm run -s admin:create -- --email <e-mail> --name "<full name>" [--password-stdin | --send-link]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      "send-link": { type: "boolean", default: false },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) return fail("DATABASE_URL is not set");
  if (!values.email || !values.name) return fail(usage);

  if (values["send-link"]) return createWithLink(url, values.email, values.name);

  let password: string;
  if (values["password-stdin"] || !process.stdin.isTTY) {
    password = await readSecret("");
  } else {
    password = await readSecret("Password: ");
    if ((await readSecret("Repeat the password: ")) !== password) return fail("the two passwords differ");
  }

  const db = createPrismaClient(url, 1);
  try {
    const admin = await createAdministrator(db, { email: values.email, name: values.name, password });
    console.info(`administrator ${admin.email} created; they sign in on the staff page (/az/staff/sign-in)`);
    return 0;
  } catch (error) {
    if (error instanceof AdministratorRefused) return fail(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

async function createWithLink(url: string, email: string, name: string): Promise<number> {
  const baseUrl = process.env.APP_BASE_URL;
  if (!baseUrl) return fail("APP_BASE_URL is not set (the link starts with it)");
  const db = createPrismaClient(url, 1);
  try {
    const admin = await createAdministrator(db, { email, name, password: null });
    const sent = await issuePasswordLink(
      db,
      { userId: admin.id, purpose: "SET", now: new Date(), baseUrl, actor: null },
      (email) => sendStaffEmail(db, email),
    );
    if (!sent) return fail("the account was created but no link could be issued");
    console.info(`administrator ${admin.email} created; a link to set the password was e-mailed (valid 24 h)`);
    return 0;
  } catch (error) {
    if (error instanceof AdministratorRefused) return fail(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

function fail(message: string): number {
  console.error(`admin:create: ${message}`);
  return 1;
}

process.exitCode = await main();
