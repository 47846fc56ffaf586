// `npm run -s admin:create -- --email admin@example.az --name "Full Name"`: the first administrator of a
// deployment (production seeds no staff). The password is asked twice without echo, or read from stdin with
// --password-stdin; it never appears in arguments, the shell history or the environment.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../src/server/db/create-client";
import { AdministratorRefused, createAdministrator } from "../../src/server/services/administration/create-administrator";
import { readSecret } from "./read-secret";

const usage = 'usage: npm run -s admin:create -- --email <e-mail> --name "<full name>" [--password-stdin]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } },
  });
  const url = process.env.DATABASE_URL;
  if (!url) return fail("DATABASE_URL is not set");
  if (!values.email || !values.name) return fail(usage);

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

function fail(message: string): number {
  console.error(`admin:create: ${message}`);
  return 1;
}

process.exitCode = await main();
