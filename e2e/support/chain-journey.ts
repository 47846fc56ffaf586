import { expect, test, type Page } from "@playwright/test";
import { readPdf } from "../../tests/support/read-pdf";
import { eventually, type DemoFamily } from "./chain";
import { messagesTo, waitForMessage, type InboxMessage } from "./messaging-inbox";
import { e2eDbForFile, signInStaff } from "./staff-cases";
import type { Locale } from "./wizard-page";

// Issue 7, "Done when": the whole chain through the real UI, the production build and the local engine — the
// citizen applies with a family the agency simulator knows, the district's inspector records the visit, the
// engine decides (a caseworker and a supervisor when it asks for a person), the bank opens the account, and the
// family reads every step on its page and in its inbox, in its own language. One journey a file
// (e2e/chain-assign, chain-review, chain-refuse.spec.ts); here the steps and checks they share.

export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
/**
 * The amount as the timeline shows it: next-intl's format.number, in the browser's own Intl (Debian's Chromium
 * has no Azerbaijani locale data and falls back to "304.00", where Node writes "304,00").
 */
// Node's full locale data is the reference: the page prints Azerbaijani amounts as Node does ("994,00"), also in
// browsers that lack the data for az.
export const pageAmount = (qepik: number, locale: Locale) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(qepik / 100);

/**
 * Sets a journey's spec file up (its tests run in order, each may take four minutes while the chain runs, the
 * database is opened for the file) and gives the steps that wait on the chain.
 */
export function chainJourney() {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(240_000);
  const db = e2eDbForFile();

  /** The visit as booked by the chain: the inspector of the family's district who got it, and the day. */
  async function bookedVisit(applicationId: string) {
    return eventually(db(), applicationId, "the home visit is booked", () =>
      db().inspection.findFirst({
        where: { applicationId, attempt: 1, inspectorId: { not: null } },
        include: { inspector: true },
      }),
    );
  }

  /** Reloads the citizen's page until the timeline holds `kind` (the page polls too; a reload is quicker). */
  async function untilTimelineShows(
    citizen: Page,
    applicationId: string,
    kind: string,
    timeoutMs = 120_000,
  ): Promise<void> {
    await eventually(
      db(),
      applicationId,
      `the citizen's page shows ${kind}`,
      async () => {
        await citizen.reload();
        return (await citizen.getByTestId("timeline").locator(`[data-kind="${kind}"]`).count()) > 0;
      },
      timeoutMs,
    );
  }

  return { db, bookedVisit, untilTimelineShows };
}

export type BookedVisit = Awaited<ReturnType<ReturnType<typeof chainJourney>["bookedVisit"]>>;

/** The inspector signs in, opens the visit from their list and records what they found. */
export async function recordVisit(
  staff: Page,
  visit: BookedVisit,
  family: DemoFamily,
  registrationNumber: string,
  judgement?: { code: string; reason: string },
): Promise<void> {
  expect(visit.inspector?.districtCode).toBe(family.districtCode);
  await signInStaff(staff, visit.inspector?.email ?? "", "en", /\/en\/inspector$/);
  await staff.getByRole("link", { name: new RegExp(registrationNumber) }).click();
  await expect(staff.getByTestId("inspection-status")).toHaveText("Scheduled");
  await staff.getByLabel("Type of housing").selectOption("APARTMENT");
  await staff.getByLabel("Condition", { exact: true }).selectOption("SATISFACTORY");
  await staff.getByLabel("Number of rooms").fill("3");
  for (const m of family.members) await staff.locator(`#present-${m.fin}`).check();
  if (judgement) {
    await staff.getByLabel("A person needs to judge this case").check();
    await staff.locator("#judgementCode").selectOption(judgement.code);
    await staff.locator("#judgementReason").fill(judgement.reason);
  }
  await staff.getByRole("button", { name: "Send the visit's result" }).click();
  await expect(staff.getByTestId("inspection-status")).toHaveText("Done");
}

/** The decision letter's PDF, fetched through the link on the family's page with the family's session, as text. */
export async function letterPdfText(citizen: Page): Promise<string> {
  const href = (await citizen.getByTestId("letter-pdf").getAttribute("href")) ?? "";
  const res = await citizen.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  // Wrapped lines are joined back with the space they were broken at.
  return (await readPdf(await res.body())).pages.flat().join(" ");
}

/** The family's messages (sign-in codes left out), once the last expected one is there. */
export async function familyInbox(recipient: string, last: (m: InboxMessage) => boolean): Promise<InboxMessage[]> {
  await waitForMessage(recipient, last);
  return (await messagesTo(recipient)).filter((m) => !/\b\d{6}\b/.test(m.text) || m.text.includes("VEM-"));
}

/** One message matching each of `checks`, and nothing else but those. */
export function expectMessages(inbox: InboxMessage[], checks: Record<string, (m: InboxMessage) => boolean>): void {
  const found = Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, inbox.filter(check).length]));
  expect(
    found,
    `inbox: ${JSON.stringify(
      inbox.map((m) => `${m.subject ?? ""} | ${m.text}`),
      null,
      1,
    )}`,
  ).toEqual(Object.fromEntries(Object.keys(checks).map((k) => [k, 1])));
}
