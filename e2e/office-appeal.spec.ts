import { expect, test } from "@playwright/test";
import { addMonthsToYearMonth, bakuDate, monthOf } from "@/kernel/calendar-date";
import review from "../src/messages/review/en.json" with { type: "json" };
import workspace from "../src/messages/workspace/en.json" with { type: "json" };
import { assignedFamily } from "./support/assigned-family";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { catalogs } from "./support/wizard-page";

// A family without a smartphone brings a written appeal against its decision to the district office: the caseworker
// records it on the case file in the family's words, with a note of how it came (docs/staff-workspace.md, "Record
// an appeal brought to the office"). The form refuses what is missing in the page's language; once recorded, the
// appeal is in the case file's table with who recorded it, the form is gone, and the supervisor it reached finds it
// in their queue, with who recorded it and their note. The family applied in English but wrote its letter in
// Russian: the caseworker says so, and the supervisor is asked to answer in Russian.

const db = e2eDbForFile();
const t = workspace.wsCaseFile.officeAppeal;
const reason = "The registry's car was sold in 2024; we have no vehicle now.";
const note = "Signed letter handed in by the applicant.";

test.use({ viewport: { width: 1366, height: 768 } });

test("a caseworker records an appeal the family brought to the office; the supervisor finds it", async ({ page }) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -1);
  const family = await assignedFamily(db(), null, first, addMonthsToYearMonth(first, 11), (m) =>
    m < now ? "CREDITED" : "PLANNED",
  );
  const applicationId = family.application.id;

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${applicationId}`);
  const form = page.getByTestId("office-appeal");
  await expect(form.getByRole("heading", { name: t.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "the case file with the office appeal form");

  // Nothing typed: the summary names both fields, in the page's language, and the cursor goes to the reason.
  await form.getByRole("button", { name: t.submit }).click();
  await expect(form.getByTestId("office-appeal-errors").getByRole("listitem")).toHaveText([
    `${t.reason}: ${catalogs.en.errors.appealReasonTooShort}`,
    `${t.note}: ${catalogs.en.errors.required}`,
  ]);
  await expect(form.getByLabel(t.reason)).toBeFocused();
  expect(await db().appeal.count({ where: { applicationId } })).toBe(0);

  await form.getByLabel(t.reason).fill(reason);
  await form.getByLabel(t.note).fill(note);
  // The application's language to start with; the letter's is chosen.
  const language = form.getByRole("group", { name: t.language });
  await expect(language).toHaveAccessibleDescription(t.languageHint);
  await expect(language.getByLabel("English")).toBeChecked();
  await language.getByLabel("Russian").check();
  await form.getByRole("button", { name: t.submit }).click();
  await expect(page.getByTestId("office-appeal-done")).toHaveText(t.done);
  await expect(form).toHaveCount(0);
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  await expect(page.getByTestId("appeal-at-office")).toHaveText(
    workspace.wsCaseFile.appealAtOffice.replace("{name}", caseworker.name).replace("{note}", note),
  );
  await expect(page.locator("#cf-appeals")).toContainText(reason);

  // A reload keeps it: the decision has its appeal, so no form is offered again.
  await page.reload();
  await expect(page.getByTestId("appeal-at-office")).toBeVisible();
  await expect(page.getByTestId("office-appeal")).toHaveCount(0);

  // The supervisor it reached finds it in their queue.
  const appeal = await db().appeal.findFirstOrThrow({ where: { applicationId }, include: { supervisor: true } });
  expect(appeal).toMatchObject({ reason, staffNote: note, recordedById: caseworker.id, locale: "ru" });
  await signInStaff(page, appeal.supervisor?.email ?? "", "en", /\/en\/staff$/);
  await page
    .getByTestId("appeal-queue")
    .getByRole("link", { name: new RegExp(family.application.registrationNumber ?? "") })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/appeals/${appeal.id}$`));
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByTestId("appeal-at-office")).toHaveText(
    review.appealAnswer.atOffice.replace("{name}", caseworker.name).replace("{note}", note),
  );
  await expect(page.getByLabel(review.appealAnswer.explanation)).toHaveAccessibleDescription(
    /The family wrote its appeal in Russian, and the answer is sent to it in that language: write in it\./,
  );
  await expect(page.getByLabel(review.appealAnswer.explanation)).toHaveAttribute("lang", "ru");
});
