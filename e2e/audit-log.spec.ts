import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { formatDottedDate } from "@/lib/i18n/date-input";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import coreAz from "../src/messages/az.json" with { type: "json" };
import azAudit from "../src/messages/audit/az.json" with { type: "json" };
import ruAudit from "../src/messages/audit/ru.json" with { type: "json" };
import ruCodes from "../src/messages/workspace/ru.json" with { type: "json" };

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

  // An appeal answered on the case: its details are codes and an amount in qəpik (38643 qəpik = 386.43 AZN).
  await db().auditLog.create({
    data: {
      actorRole: "SUPERVISOR",
      action: "appeal.answer",
      entity: "Appeal",
      applicationId: application.id,
      districtCode: "BAK-NASIMI",
      details: { answer: "CHANGE", outcome: "ASSIGN", amountQepik: 38643, status: "AWAITING_CONFIRMATION" },
    },
  });

  await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
  await page.getByRole("link", { name: "Audit log: who did what" }).click();
  await expect(page).toHaveURL(/\/en\/audit$/);
  await page.getByLabel("Application's registration number").fill(number);
  // Days typed as dd.mm.yyyy, whatever the browser's language (a native date input would follow it).
  const today = formatDottedDate(bakuDate(new Date()));
  await page.getByLabel("From (day)").fill(today);
  await page.getByLabel("To (day)").fill(today);
  await page.getByRole("button", { name: "Search" }).click();

  // The search is in the address: the page can be bookmarked or sent on.
  await expect(page).toHaveURL(new RegExp(`registrationNumber=${number}&`));
  await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
  await expect(page.getByLabel("From (day)")).toHaveValue(today);
  const log = page.getByTestId("audit-log");
  const read = log.getByRole("row").filter({ hasText: "application.caseFile.read" });
  await expect(read).toContainText("caseworker.nasimi@vemtas.local");
  await expect(read).toContainText(number);
  await expect(read).toContainText("Nasimi District");
  // The details in words and money, not codes.
  const answer = log.getByRole("row").filter({ hasText: "appeal.answer" });
  await expect(answer).toContainText("decision changed");
  await expect(answer).toContainText("Assigned");
  await expect(answer).toContainText("386.43 AZN");
  await expect(answer).toContainText("Waiting for a supervisor's confirmation");
  await expect(answer).not.toContainText("38,643");
  await expectNoSeriousAxeViolations(page, "the audit log");

  // In Azerbaijani, money reads as the rest of the service writes it; an older address with ISO days still works.
  await page.goto(`/az/audit?registrationNumber=${number}&from=${bakuDate(new Date())}`);
  await expect(page.getByLabel("Başlanğıc (gün)")).toHaveValue(today);
  const azAnswer = page.getByTestId("audit-log").getByRole("row").filter({ hasText: "appeal.answer" });
  await expect(azAnswer).toContainText("386,43 AZN");
  await expect(azAnswer).toContainText("qərar dəyişdirilib");
  await expect(azAnswer).toContainText("Nəsimi rayonu");

  // In Russian, the action typed as the table names it finds its rows, as its code does; the number's last digits
  // find the application, as the staff search takes them.
  await page.goto(`/ru/audit?registrationNumber=${number.slice(-6)}`);
  const action = page.getByLabel(ruAudit.auditLog.action);
  await action.fill(ruCodes.codes.auditActions.appeal_answer);
  await page.getByRole("button", { name: ruAudit.auditLog.search, exact: true }).click();
  await expect(action).toHaveValue(ruCodes.codes.auditActions.appeal_answer);
  const ruRows = page.getByTestId("audit-log").getByRole("row");
  await expect(ruRows.filter({ hasText: "appeal.answer" })).toHaveCount(1);
  await expect(ruRows.filter({ hasText: "application.caseFile.read" })).toHaveCount(0);

  // The administrator's own search is in the log too.
  const search = await db().auditLog.findFirst({
    where: { action: "audit.read", details: { path: ["registrationNumber"], equals: number } },
  });
  expect(search?.actorRole).toBe("ADMIN");
});

test("a malformed day is refused beside its field, in the page's language, and nothing is searched", async ({
  page,
}) => {
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "az", /\/az\/staff$/);
  await page.goto("/az/audit?from=2026-02-30");
  await expect(page.getByLabel("Başlanğıc (gün)")).toHaveAttribute("aria-invalid", "true");
  // The page comes with the cursor on the refused day.
  await expect(page.getByLabel("Başlanğıc (gün)")).toBeFocused();
  await expect(page.getByTestId("audit-log")).toHaveCount(0);

  // A day typed that does not exist: said to be no date, in the words of every staff date field, not "part of the
  // data is wrong".
  await page.getByLabel("Başlanğıc (gün)").fill("31.02.2026");
  await page.getByRole("button", { name: "Axtarın", exact: true }).click();
  await expect(page).toHaveURL(/from=31\.02\.2026/);
  const from = page.getByLabel("Başlanğıc (gün)");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(from).toBeFocused();
  // The description is the field's hint, then its error.
  await expect(from).toHaveAccessibleDescription(new RegExp(`${coreAz.errors.dateFormat.replace(/\./g, "\\.")}$`));
  await expect(page.getByText(coreAz.errors.invalidInput)).toHaveCount(0);
  await expect(page.getByTestId("audit-log")).toHaveCount(0);

  // An end before the start says so beside the end, not "part of the data is wrong".
  await page.getByLabel("Başlanğıc (gün)").fill("02.02.2026");
  await page.getByLabel("Son (gün)").fill("01.02.2026");
  await page.getByRole("button", { name: "Axtarın", exact: true }).click();
  await expect(page).toHaveURL(/from=02\.02\.2026&to=01\.02\.2026/);
  const to = page.getByLabel("Son (gün)");
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toBeFocused();
  await expect(to).toHaveAccessibleDescription(
    new RegExp(`${coreAz.errors.periodEndBeforeStart.replace(/\./g, "\\.")}$`),
  );
  await expect(page.getByLabel("Başlanğıc (gün)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("audit-log")).toHaveCount(0);

  // Not an e-mail: the page says so in its language beside the field (the browser's own check said "Please include
  // an '@'…" in English and sent nothing).
  await page.goto("/az/audit");
  const email = page.getByLabel(azAudit.auditLog.actorEmail);
  await email.fill("kimse");
  await page.getByRole("button", { name: "Axtarın", exact: true }).click();
  await expect(page).toHaveURL(/actorEmail=kimse/);
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription(coreAz.errors.emailFormat);
  await expect(page.getByTestId("audit-log")).toHaveCount(0);
});

test("a year reads as a year, and a confirmed proposal names who proposed it", async ({ page }) => {
  const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@vemtas.local" } });
  await db().auditLog.createMany({
    data: [
      {
        actorUserId: admin.id,
        actorRole: "ADMIN",
        action: "calendar.yearEntered",
        entity: "PublicHoliday",
        entityId: "2028",
        details: { year: 2028, days: 14 },
      },
      {
        actorUserId: admin.id,
        actorRole: "ADMIN",
        action: "parameter.withdrawn",
        entity: "ParameterProposal",
        details: { code: "NEED_CRITERION", value: 31550, proposedById: admin.id },
      },
    ],
  });
  await signInStaff(page, "admin@vemtas.local", "az", /\/az\/admin$/);
  await page.goto("/az/audit?action=calendar");
  const year = page.getByTestId("audit-log").getByRole("row").nth(1).getByRole("cell").last();
  await expect(year.getByRole("definition")).toContainText(["14", "2028"]);
  await expect(year).not.toContainText("2.028");
  await page.goto("/az/audit?action=parameter.withdrawn");
  const proposal = page.getByTestId("audit-log").getByRole("row").nth(1).getByRole("cell").last();
  await expect(proposal).toContainText(azAudit.auditLog.detailNames.proposedById);
  await expect(proposal).toContainText(admin.name);
  await expect(proposal).not.toContainText(admin.id);
});

test("a supervisor's search that showed a family is found by the family's registration number", async ({ page }) => {
  const { application, fins } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "AWAITING_REVIEW",
  });
  const number = application.registrationNumber ?? "";
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff?q=${fins[0] ?? ""}`);
  await expect(page.getByTestId("application-list")).toContainText(number);
  await page.goto(`/en/audit?registrationNumber=${number}&action=application.search`);
  const row = page.getByTestId("audit-log").getByRole("row").nth(1);
  await expect(row.getByTestId("audit-application")).toHaveText(number);
  await expect(row).toContainText("supervisor.nasimi@vemtas.local");
});

test("a law parameter's proposal reads in the log by the parameter's name and its value in AZN, not in qəpik", async ({
  page,
}) => {
  const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@vemtas.local" } });
  await db().auditLog.create({
    data: {
      actorUserId: admin.id,
      actorRole: "ADMIN",
      action: "parameter.proposed",
      entity: "ParameterProposal",
      details: { code: "NEED_CRITERION", value: 31550, validFrom: "2031-01-01", legalReference: "512 (01.12.2030)" },
    },
  });
  await signInStaff(page, "admin@vemtas.local", "ru", /\/ru\/admin$/);
  await page.goto("/ru/audit?action=parameter.proposed");
  const details = page.getByTestId("audit-log").getByRole("row").nth(1).getByRole("cell").last();
  await expect(details.locator("dd")).toContainText(["Критерий нуждаемости", "315,50 AZN на человека в месяц"]);
  await expect(details).not.toContainText("NEED_CRITERION");
});
