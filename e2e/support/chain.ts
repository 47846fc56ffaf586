import { expect, type Browser, type Page } from "@playwright/test";
import type { Db } from "../../src/server/db/create-client";
import { phoneViewport } from "./phone";
import { signInCitizen } from "./sign-in-citizen";
import { phoneForFin } from "./unique-citizen";
import { wizardPage, type Locale } from "./wizard-page";
import { latestOrderAnswered } from "../../tests/support/latest-order-answered";

// What the whole-chain tests need beyond the other helpers: demo families from the agency simulator, the wizard
// filled with one of them exactly, and the local engine's view of the application's run.

export const engineUrl = `http://127.0.0.1:${process.env.INNGEST_LOCAL_PORT ?? 8288}`;
const agencySimUrl = `http://127.0.0.1:${process.env.AGENCY_SIM_PORT ?? 8040}`;

/** Districts with demo staff (prisma/seed-data/staff.ts): an inspector, a caseworker and a supervisor. */
const STAFFED = ["BAK-NASIMI", "BAK-SABUNCHU", "SUMGAYIT", "GANJA", "SHAKI", "LANKARAN"];

export interface DemoFamily {
  districtCode: string;
  address: string;
  representativeFin: string;
  expected: { outcome: string; reasons: string[] };
  members: {
    fin: string;
    firstName: string;
    lastName: string;
    patronymic: string | null;
    birthDate: string;
    relation: string;
  }[];
  suggestedDeclaration: {
    declaredFacts: { memberFin: string; facts: { caresFor: { fin: string }[] } }[];
    assets: { kind: string; details: Record<string, string | number> }[];
  };
}

/**
 * The first family the simulator forecasts as `expect`, in a district with staff, matching `fits`, whose
 * representative has not applied yet in this database (a server reused between runs keeps earlier applications).
 */
export async function pickDemoFamily(
  db: Db,
  expectOutcome: "assign" | "refuse" | "review",
  fits: (f: DemoFamily) => boolean = () => true,
): Promise<DemoFamily> {
  const res = await fetch(`${agencySimUrl}/demo-families?expect=${expectOutcome}&limit=50`);
  expect(res.ok).toBe(true);
  const { families } = (await res.json()) as { families: DemoFamily[] };
  for (const f of families) {
    if (!STAFFED.includes(f.districtCode) || !fits(f)) continue;
    if ((await db.familyMember.count({ where: { fin: { in: f.members.map((m) => m.fin) } } })) > 0) continue;
    return f;
  }
  throw new Error(`no unused demo family (${expectOutcome}) in a staffed district among ${families.length}`);
}

export interface Applicant {
  fin: string;
  phone: string;
  phoneLocal: string;
  locale: Locale;
  /** With an e-mail, the family chooses e-mail as its channel. */
  email?: string;
}

export async function newCitizenPage(browser: Browser, baseURL: string | undefined, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ ...phoneViewport, baseURL, locale });
  return context.newPage();
}

export async function newStaffPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "en", viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

export function applicantFor(family: DemoFamily, locale: Locale, email?: string): Applicant {
  const { phone, phoneLocal } = phoneForFin(family.representativeFin);
  return { fin: family.representativeFin, phone, phoneLocal, locale, ...(email ? { email } : {}) };
}

/** Signs the representative in and enters the family exactly as the registers know it; returns the application. */
export async function applyWithFamily(
  page: Page,
  family: DemoFamily,
  who: Applicant,
): Promise<{ applicationId: string; registrationNumber: string }> {
  const w = wizardPage(page, who.locale);
  const [rep, ...others] = family.members;
  if (!rep || rep.fin !== family.representativeFin) throw new Error("the representative is not the first member");

  await signInCitizen(page, { fin: who.fin, phone: who.phoneLocal, locale: who.locale });
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(new RegExp(`/${who.locale}/apply/[^/]+$`));
  const applicationId = page.url().split("/").at(-1) ?? "";

  await w.expectStep("contact");
  await w.fill("contact.firstName", rep.firstName);
  await w.fill("contact.lastName", rep.lastName);
  if (rep.patronymic) await w.fill("contact.patronymic", rep.patronymic);
  await w.fill("contact.birthDate", rep.birthDate);
  if (who.email) {
    await w.fill("contact.email", who.email);
    await page.getByRole("radio", { name: w.m.wizard.contact.channelEmail }).check();
  }
  await w.next();

  await w.expectStep("address");
  await w.select("address.districtCode", family.districtCode);
  await w.fill("address.address", family.address);
  await w.next();

  await w.expectStep("members");
  for (const [i, m] of others.entries()) {
    await page.getByRole("button", { name: w.m.wizard.members.add }).click();
    await w.fill(`members.${i}.fin`, m.fin);
    await w.fill(`members.${i}.firstName`, m.firstName);
    await w.fill(`members.${i}.lastName`, m.lastName);
    if (m.patronymic) await w.fill(`members.${i}.patronymic`, m.patronymic);
    await w.fill(`members.${i}.birthDate`, m.birthDate);
    await w.select(`members.${i}.relation`, m.relation);
  }
  await w.next();

  await w.expectStep("declarations");
  const d = family.suggestedDeclaration;
  for (const [i, asset] of d.assets.entries()) {
    await page.getByRole("button", { name: w.m.wizard.declarations.addAsset }).click();
    await w.select(`declarations.assets.${i}.kind`, asset.kind);
    const description =
      asset.kind === "VEHICLE"
        ? String(asset.details.plate)
        : asset.kind === "REAL_ESTATE"
          ? String(asset.details.address)
          : asset.kind;
    await w.fill(`declarations.assets.${i}.description`, description);
    if (asset.kind === "LAND") await w.fill(`declarations.assets.${i}.quantity`, String(asset.details.areaM2));
    if (asset.kind === "LIVESTOCK") await w.fill(`declarations.assets.${i}.quantity`, String(asset.details.count));
  }
  for (const fact of d.declaredFacts) {
    const caresFor = fact.facts.caresFor[0]?.fin;
    if (!caresFor) continue;
    await w.select(`notWorking.${fact.memberFin}.reason`, "CARES_FOR_MEMBER");
    await w.select(`notWorking.${fact.memberFin}.caresForFin`, caresFor);
  }
  await w.next();

  await w.expectStep("consent");
  await page.getByLabel(w.m.wizard.consent.agree).check();
  await w.next();
  await w.expectStep("review");
  await w.expectSaved();
  await page.getByRole("button", { name: w.m.wizard.review.submit }).click();
  await page.waitForURL(new RegExp(`/${who.locale}/applications/${applicationId}$`));
  const title = (await page.getByTestId("application-title").textContent()) ?? "";
  const registrationNumber = /VEM-\d{4}-\d{6}/.exec(title)?.[0];
  if (!registrationNumber) throw new Error(`no registration number in "${title}"`);
  return { applicationId, registrationNumber };
}

interface EngineRun {
  id: string;
  status: string;
  event: { data: { applicationId?: string } };
  steps: { name: string; status: string; error: unknown }[];
}

async function runsOf(applicationId: string): Promise<EngineRun[]> {
  const res = await fetch(`${engineUrl}/admin/runs?limit=200`);
  const { runs } = (await res.json()) as { runs: EngineRun[] };
  return runs.filter((r) => r.event?.data?.applicationId === applicationId);
}

/** The application's runs as the engine has them, for a failure message: which step it stands on, and why. */
export async function describeRuns(applicationId: string): Promise<string> {
  try {
    const runs = await runsOf(applicationId);
    return JSON.stringify(
      runs.map((r) => ({
        id: r.id,
        status: r.status,
        steps: r.steps.map(
          (s) => `${s.name}: ${s.status}${s.error ? ` ${JSON.stringify(s.error).slice(0, 300)}` : ""}`,
        ),
      })),
      null,
      1,
    ).slice(0, 8000);
  } catch (error) {
    return `engine unreachable: ${String(error)}`;
  }
}

/**
 * A wait whose event came before the run reached it ends only at its timeout (an hour for the bank, 30 days for
 * a review); once what it waits for is in the database, the test stands in for that time passing.
 */
export async function unstick(db: Db, applicationId: string): Promise<void> {
  for (const run of await runsOf(applicationId)) {
    if (run.status !== "running") continue;
    const waiting = run.steps.find((s) => s.status === "waiting")?.name ?? "";
    const answered =
      (waiting.startsWith("wait-inspection-") &&
        (await db.inspection.count({ where: { applicationId, status: "COMPLETED" } })) > 0) ||
      (waiting.startsWith("wait-bank-answer-") && (await latestOrderAnswered(db, applicationId))) ||
      (waiting.startsWith("wait-case-review-") &&
        (await db.caseReview.count({ where: { applicationId, status: "DONE" } })) > 0);
    if (answered) await fetch(`${engineUrl}/admin/runs/${run.id}/fast-forward`, { method: "POST" });
  }
}

/** Polls `probe` (moving stuck waits on) until it is truthy; on timeout, fails showing the engine's runs. */
export async function eventually<T>(
  db: Db,
  applicationId: string,
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  let value: T | null | undefined | false = null;
  try {
    await expect
      .poll(
        async () => {
          value = await probe();
          if (!value) await unstick(db, applicationId);
          return Boolean(value);
        },
        { timeout: timeoutMs, intervals: [250, 500, 1_000], message: what },
      )
      .toBe(true);
  } catch (error) {
    throw new Error(
      `${what}: not reached in ${timeoutMs} ms (${String(error).slice(0, 300)})\nengine runs:\n${await describeRuns(applicationId)}`,
    );
  }
  return value as T;
}
