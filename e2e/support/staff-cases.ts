import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { createPrismaClient, type Db } from "../../src/server/db/create-client";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationInReview, applicationWithInspection } from "../../tests/support/case-fixtures";

// The rows the background chain would write before staff act on a case, written straight into the database
// of the server under test, so the staff pages can be tested before and apart from the chain.

const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDatabaseUrl = process.env.E2E_DATABASE_URL ?? `postgresql://postgres@127.0.0.1:5432/vemtas_e2e_${port}`;

export const DEMO_PASSWORD = "vemtas-demo-2026";

function e2eDb(): Db {
  return createPrismaClient(e2eDatabaseUrl, 2);
}

/** A client on the server's database for one spec file: opened before its first test, closed after its last. */
export function e2eDbForFile(): () => Db {
  let db: Db | undefined;
  test.beforeAll(() => {
    db = e2eDb();
  });
  test.afterAll(async () => {
    await db?.$disconnect();
  });
  return () => {
    if (!db) throw new Error("the e2e database is open only inside a test or a hook");
    return db;
  };
}

/** A visit for inspector1 of Nəsimi today, and a Nəsimi case the engine proposed to ASSIGN, waiting for review. */
export async function seedStaffCases(db: Db) {
  const today = bakuDate(new Date());
  const visit = await applicationWithInspection(db, {
    districtCode: "BAK-NASIMI",
    inspectorEmail: "inspector1.nasimi@vemtas.local",
    scheduledFor: today,
  });
  const review = await applicationInReview(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: today,
    proposedOutcome: "ASSIGN",
  });
  return { visit, review };
}

const labels = {
  az: { email: "E-poçt", password: "Şifrə", submit: "Daxil olun" },
  ru: { email: "Электронная почта", password: "Пароль", submit: "Войти" },
  en: { email: "E-mail", password: "Password", submit: "Sign in" },
} as const;

/**
 * Clears the staff sign-in throttle's counts (docs/security.md, "Staff sign-in: throttling and lockout"). Each
 * journey signs its staff in afresh, as a person does at the start of a day, and the suite signs
 * caseworker.nasimi in more often than the 20 attempts per e-mail a 15-minute window allows: whether a run failed
 * depended on where the windows' edges fell. The throttle itself is tested in
 * tests/auth/staff-sign-in-hardening.int.test.ts.
 */
async function clearSignInThrottle(): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    await client.query(`DELETE FROM "RateLimitWindow" WHERE "key" LIKE 'staff-sign-in:%'`);
  } finally {
    await client.end();
  }
}

/** Signs a staff member in through the real page, starting from a signed-out browser. */
export async function signInStaff(
  page: Page,
  email: string,
  locale: keyof typeof labels,
  lands: RegExp,
): Promise<void> {
  await clearSignInThrottle();
  await page.context().clearCookies();
  await page.goto(`/${locale}/staff/sign-in`);
  await page.getByLabel(labels[locale].email).fill(email);
  await page.getByLabel(labels[locale].password).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: labels[locale].submit }).click();
  await expect(page).toHaveURL(lands);
  // The landing page has loaded before the test navigates on, so no navigation of the sign-in is cut short.
  await page.waitForLoadState("load");
}
