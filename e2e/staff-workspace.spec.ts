import { randomInt } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addMonthsToYearMonth, bakuDate, monthOf } from "@/kernel/calendar-date";
import { applicationInReview, assignedWithBankOrder, submittedApplication } from "../tests/support/case-fixtures";
import { withAgencyAnswers } from "../tests/support/workspace-fixtures";
import { assignedFamily } from "./support/assigned-family";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A caseworker at a desk (1366 × 768) and on a tablet (1024 × 768): finds a family by name, opens its case file,
// reads an agency's answer and a discrepancy, and writes a note. Every staff page passes axe.

const db = e2eDbForFile();

async function family() {
  const { application, fins } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "INSPECTION_SCHEDULED",
  });
  const surname = `Quliyeva${randomInt(100_000, 999_999)}`;
  await db().user.update({ where: { id: application.applicantId }, data: { name: `Səbinə ${surname}` } });
  await withAgencyAnswers(db(), {
    applicationId: application.id,
    applicantFin: fins[0] ?? "",
    childFin: fins[1] ?? "",
    askedAt: new Date(),
  });
  return { application, fins, surname };
}

/** The page never scrolls sideways: wide tables scroll inside their own box. */
async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const size of [
  { name: "desk", width: 1366, height: 768 },
  { name: "tablet", width: 1024, height: 768 },
] as const) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test(`a caseworker finds a family by name, reads its case file and adds a note (${size.name})`, async ({
      page,
    }) => {
      const { application, fins, surname } = await family();
      await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
      const nav = page.getByRole("navigation", { name: "Staff navigation" });
      await expect(nav.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
      // The work uses the screen: the main column is wider than the old 768-px one.
      const mainWidth = await page.locator("main").evaluate((m) => m.getBoundingClientRect().width);
      expect(mainWidth).toBeGreaterThan(size.width - 100);
      await expect(page.getByTestId("caseload-counts")).toBeVisible();
      await expectNoPageOverflow(page);
      await expectNoSeriousAxeViolations(page, `the staff home (${size.name})`);
      // Each figure opens the cases behind it: the commission did not answer for this family.
      await page.locator("[data-count='agencyUnanswered']").click();
      await expect(page).toHaveURL(/\/en\/staff\/attention\?kind=agencyUnanswered$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agency did not answer");
      await expect(page.getByTestId("caseload")).toContainText(application.registrationNumber ?? "");
      await nav.getByRole("link", { name: "Today" }).click();
      await expect(page).toHaveURL(/\/en\/staff$/);

      await page.getByLabel("Registration number, a family member's FIN, or the applicant's name").fill(surname);
      await page.getByRole("button", { name: "Find" }).click();
      // The results are counted under a heading that takes the cursor (it stayed at the top of the page).
      await expect(page.getByTestId("search-results")).toHaveText("1 application found");
      await expect(page.getByTestId("search-results")).toBeFocused();
      const results = page.getByTestId("application-list").getByRole("link");
      await expect(results).toHaveCount(1);
      // The name and the FIN side by side.
      await expect(results).toContainText(`Səbinə ${surname}`);
      await expect(results).toContainText(fins[0] ?? "");
      await results.click();
      await expect(page).toHaveURL(new RegExp(`/en/staff/applications/${application.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(application.registrationNumber ?? "");

      const agencies = page.getByTestId("agency-answers");
      // Times on the 24-hour clock, as on the family's pages and in the messages (clock.ts): "Dec 7, 2026, 23:50".
      await expect(
        agencies
          .locator("td")
          .filter({ hasText: /, \d{1,2}:\d{2}/ })
          .first(),
      ).toBeVisible();
      await expect(agencies).not.toContainText(/\d:\d{2}\s?[AP]M/);
      const vehicles = agencies.locator("tr[data-agency='vehicles'][data-answer='OK']").first();
      await expect(vehicles).toContainText("Vehicle registry");
      await expect(vehicles).toContainText("Answered");
      await expect(agencies.getByText("Vehicle 10-AB-123 (owner)")).toBeVisible();
      // The child's vehicle answer has nothing to report: not a row of its own, but listed under the table.
      await expect(agencies.locator("tr[data-agency='vehicles']")).toHaveCount(1);
      const quiet = agencies.getByTestId("agency-nothing-to-report");
      await quiet.locator("summary").click();
      await expect(quiet.locator("summary")).toHaveText("Answers with nothing to report: 1");
      await expect(quiet.locator("li[data-agency='vehicles']")).toContainText(`Vehicle registry: `);
      await expect(quiet.locator("li[data-agency='vehicles']")).toContainText(`(${fins[1] ?? ""})`);
      const disability = agencies.locator("tr[data-agency='disability'][data-answer='UNAVAILABLE']");
      await expect(disability).toContainText("No answer");
      await expect(disability).toContainText("timed out");
      await expect(page.getByTestId("discrepancies")).toContainText(
        "Vehicles (Household): declared 0, Vehicle registry has 1 — not declared.",
      );
      await expectNoPageOverflow(page);
      await expectNoSeriousAxeViolations(page, `the case file (${size.name})`);
      // Each landmark has a name of its own: a section and the table in it were both "Reviews", "Family", …
      const landmarks = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
      expect(landmarks.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);

      // The commission did not answer: the caseworker asks it again, and its answer replaces "No answer".
      await disability.getByRole("button", { name: "Ask the Medical-social expert commission again" }).click();
      await expect(agencies.locator("tr[data-agency='disability'][data-answer='UNAVAILABLE']")).toHaveCount(0);
      await expect(agencies.locator(`tr[data-agency='disability']`).filter({ hasText: fins[1] ?? "" })).toContainText(
        "Answered",
      );
      expect(
        await db().auditLog.count({ where: { action: "agency.requestedAgain", applicationId: application.id } }),
      ).toBe(1);

      const text = `Called the family on ${size.name}: the car is their neighbour's.`;
      // An empty note is named by its field in the summary, and the cursor goes to the field.
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByTestId("note-errors")).toContainText("New note: Please fill in this field.");
      await expect(page.getByTestId("note-errors")).not.toContainText("Some of the information is not valid");
      await expect(page.getByRole("textbox", { name: "New note" })).toBeFocused();
      await page.getByRole("textbox", { name: "New note" }).fill(text);
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Note added." })).toBeVisible();
      // The list is read again once the note is saved, and "Note added." says so only once it is on the page: the
      // new note is there at that moment (no waiting), "No notes yet." is not.
      expect(await page.getByTestId("notes").textContent()).toContain(text);
      await expect(page.getByTestId("note-list")).toContainText(text);
      await expect(page.getByTestId("notes")).not.toContainText("No notes yet.");
      const note = await db().caseNote.findFirst({ where: { applicationId: application.id, text } });
      expect(note).not.toBeNull();
      expect(await db().auditLog.count({ where: { action: "caseNote.create", entityId: note?.id } })).toBe(1);

      // The case is now the caseworker's own.
      await nav.getByRole("link", { name: "My cases" }).click();
      await expect(page.getByTestId("caseload")).toContainText(application.registrationNumber ?? "");
      await expect(page.getByTestId("caseload")).toContainText(`Səbinə ${surname}`);
      await expectNoSeriousAxeViolations(page, `my cases (${size.name})`);
      await nav.getByRole("link", { name: "Needs attention" }).click();
      await expect(page.getByTestId("caseload")).toContainText(application.registrationNumber ?? "");
      await expectNoPageOverflow(page);
      await expectNoSeriousAxeViolations(page, `needs attention (${size.name})`);
    });

    test(`the supervisor's and the administrator's pages pass axe and fit the screen (${size.name})`, async ({
      page,
    }) => {
      // Eight pages checked by axe: more than the default 90 s on a loaded machine.
      test.setTimeout(300_000);
      await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
      await expectNoSeriousAxeViolations(page, `the supervisor's home (${size.name})`);
      await page.goto("/en/audit");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Actions in words, no JSON (the log may be empty when this test runs first on a new database).
      await expect(page.locator("main")).not.toContainText('{"');
      await expectNoPageOverflow(page);
      await expectNoSeriousAxeViolations(page, `the audit log (${size.name})`);

      await signInStaff(page, "admin@vemtas.local", "en", /\/en\/admin$/);
      for (const path of ["/en/admin", "/en/admin/health", "/en/admin/what-if", "/en/audit"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoSeriousAxeViolations(page, `${path} (${size.name})`);
      }
    });
  });
}

test("a citizen who lost their phone gets a new sign-in number at the office, once the caseworker has seen their ID", async ({
  page,
}) => {
  const { application, fins } = await family();
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${application.id}`);
  const box = page.getByTestId("sign-in-phone");
  await box.getByText("Sign-in number: +994 ** *** ** 67").click();
  await box.getByLabel("New mobile number").fill("055 700 12 34");
  await box.getByRole("button", { name: "Save the number" }).click();
  await expect(box.getByText("Confirm that you have seen the citizen's identity document.")).toBeVisible();
  expect((await db().user.findUniqueOrThrow({ where: { fin: fins[0] ?? "" } })).phone).toBe("+994501234567");

  await box.getByLabel("I have seen the citizen's identity document, and this number is theirs").check();
  await box.getByRole("button", { name: "Save the number" }).click();
  await expect(box.getByRole("status")).toHaveText("Saved: sign-in codes now go to +994 ** *** ** 34.");
  expect((await db().user.findUniqueOrThrow({ where: { fin: fins[0] ?? "" } })).phone).toBe("+994557001234");
  expect(
    await db().auditLog.count({ where: { action: "citizen.signInPhoneSet", applicationId: application.id } }),
  ).toBe(1);
});

test("a review the chain assigned to the caseworker is under My cases, linked to the review, before they open it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  const { application, review } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  await db().caseReview.update({ where: { id: review.id }, data: { assigneeId: caseworker.id } });

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.getByRole("navigation", { name: "Staff navigation" }).getByRole("link", { name: "My cases" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/mine$/);
  const row = page
    .getByTestId("caseload")
    .getByRole("row")
    .filter({ hasText: application.registrationNumber ?? "" });
  await expect(row).toContainText("Review to answer");
  await row.getByRole("link", { name: "Review assigned to you" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/reviews/${review.id}$`));
  await expect(page.getByTestId("review-assignee")).toContainText(caseworker.name ?? "");
});

test("a decided case whose appeal waits for an answer says since when, not its decision deadline of long ago", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const supervisor = await db().user.findUniqueOrThrow({ where: { email: "supervisor.nasimi@vemtas.local" } });
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  // Decided on time three months ago (the fixture's deadline is its application day); appealed five days ago.
  const applied = bakuDate(daysAgo(90));
  const { application, decision } = await assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: applied,
    status: "OPENED",
    requestedAt: daysAgo(85),
  });
  const filed = daysAgo(5);
  await db().appeal.create({
    data: {
      applicationId: application.id,
      decisionId: decision.id,
      reason: "The amount leaves out my mother's medicines.",
      supervisorId: supervisor.id,
      submittedAt: filed,
    },
  });
  const day = (iso: string) =>
    new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));

  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto("/en/staff/mine");
  const row = page
    .getByTestId("caseload")
    .getByRole("row")
    .filter({ hasText: application.registrationNumber ?? "" });
  await expect(row).toContainText("Appeal to answer");
  await expect(row.getByTestId("caseload-due")).toHaveText(`Appeal filed ${day(bakuDate(filed))}`);
  await expect(row).not.toContainText(day(applied));
});

test("a family whose payments stopped is under Needs attention, and the home page titles its two lists apart", async ({
  page,
}) => {
  // Paid until last month, stopped from then on (nothing withdrawn for two months), as the payroll leaves it.
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -4);
  const stoppedFrom = addMonthsToYearMonth(now, -1);
  const { application } = await assignedFamily(db(), null, first, addMonthsToYearMonth(first, 11), (m) =>
    m < stoppedFrom ? "CREDITED" : "STOPPED",
  );
  const stopped = (p: Page) =>
    p
      .getByTestId("needs-attention")
      .getByRole("listitem")
      .filter({ hasText: application.registrationNumber ?? "-" });

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await expect(stopped(page)).toContainText("Payments stopped");
  // One "Needs attention" section; its parts have titles of their own.
  await expect(page.getByRole("heading", { name: /^Needs attention/ })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /^Problems the system cannot solve on its own/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Cases to work on/ })).toBeVisible();

  await page
    .getByRole("navigation", { name: "Staff navigation" })
    .getByRole("link", { name: "Needs attention" })
    .click();
  await expect(page).toHaveURL(/\/en\/staff\/attention$/);
  await expect(stopped(page)).toContainText("Payments stopped");
  await expect(page.getByRole("heading", { name: /^Cases to work on/ })).toBeVisible();
  await expectNoPageOverflow(page);
  await expectNoSeriousAxeViolations(page, "needs attention with stopped payments");
});
