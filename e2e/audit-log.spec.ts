import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// "Who looked at this family's data?": a caseworker opens an application, and the ministry's administrator finds
// that read in the audit log by the application's registration number. Another district's case file is not there
// for the caseworker: the page, and its title, say "Page not found".

const db = e2eDbForFile();

test("the administrator finds, by registration number, the caseworker who opened a family's application", async ({
  page,
}) => {
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "AWAITING_REVIEW",
  });
  const number = application.registrationNumber ?? "";

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${application.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Case file · VEMTAS");
  // The page and its title share one read: one audit row, not two.
  expect(
    await db().auditLog.count({ where: { action: "application.caseFile.read", applicationId: application.id } }),
  ).toBe(1);

  const elsewhere = await submittedApplication(db(), {
    districtCode: "BAK-SABUNCHU",
    applicationDate: bakuDate(new Date()),
    status: "AWAITING_REVIEW",
  });
  // A streamed page answers 200 (Next's rule for a notFound() after the first bytes); the page says it.
  await page.goto(`/en/staff/applications/${elsewhere.application.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page).toHaveTitle("Page not found · VEMTAS");
  expect(await db().auditLog.count({ where: { applicationId: elsewhere.application.id } })).toBe(0);

  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  await page.getByRole("link", { name: "Audit log: who did what" }).click();
  await expect(page).toHaveURL(/\/en\/audit$/);
  await page.getByLabel("Application's registration number").fill(number);
  await page.getByRole("button", { name: "Search" }).click();

  // The search is in the address: the page can be bookmarked or sent on.
  await expect(page).toHaveURL(new RegExp(`registrationNumber=${number}`));
  const log = page.getByTestId("audit-log");
  await expect(log.getByRole("row").filter({ hasText: "application.caseFile.read" })).toContainText(
    "caseworker.nasimi@vemtas.local",
  );
  await expect(log.getByRole("row").filter({ hasText: "application.caseFile.read" })).toContainText(number);
  await expectNoSeriousAxeViolations(page, "the audit log");

  // The administrator's own search is in the log too.
  const read = await db().auditLog.findFirst({
    where: { action: "audit.read", details: { path: ["registrationNumber"], equals: number } },
  });
  expect(read?.actorRole).toBe("ADMIN");
});

test("a malformed day is refused beside its field, in the page's language, and nothing is searched", async ({
  page,
}) => {
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "az", /\/az\/staff$/);
  await page.goto("/az/audit?from=2026-02-30");
  await expect(page.getByLabel("Başlanğıc (gün)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("audit-log")).toHaveCount(0);
});
