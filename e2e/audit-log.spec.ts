import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// "Who looked at this family's data?": a caseworker opens an application, and the ministry's administrator finds
// that read in the audit log by the application's registration number.

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
