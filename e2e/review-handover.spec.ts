import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationInReview } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import review from "../src/messages/review/en.json" with { type: "json" };
import workspace from "../src/messages/workspace/en.json" with { type: "json" };
import recoveryAz from "../src/messages/recovery/az.json" with { type: "json" };
import coreAz from "../src/messages/az.json" with { type: "json" };

// The handover form shared by reviews and appeals, on a review: a supervisor hands a review waiting for an answer
// to a caseworker of the district, chosen by name and role; the page is accessible with the form on it. (The
// appeal page, with the same form, is checked in appeal-answer.spec.ts.) Another district's review is not there for
// a supervisor of another district, nor its case file or visit: each answers 404, and the page and its title say "Page
// not found" in the page's language, not the error page.

const db = e2eDbForFile();
const texts = review.handover;

test("a supervisor hands a waiting review to a caseworker of the district", async ({ page }) => {
  const { review: waiting } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/reviews/${waiting.id}`);

  const form = page.getByTestId("review-handover");
  await expect(form.getByRole("heading", { name: texts.review.title })).toBeVisible();
  await form.getByLabel(texts.review.to).selectOption({ label: `${caseworker.name} (${texts.role.CASEWORKER})` });
  await expectNoSeriousAxeViolations(page, "the review page with its handover form");
  await expect(page.getByTestId("review-assignee")).toHaveText(review.caseFile.unassigned);
  await form.getByRole("button", { name: texts.review.submit }).press("Enter");
  // The page is read again: it names the new assignee beside the confirmation, which has the cursor.
  const done = page.getByTestId("review-handover-done");
  await expect(done).toContainText(texts.review.done);
  await expect(done).toBeFocused();
  await expect(page.getByTestId("review-assignee")).toHaveText(
    review.caseFile.assignedTo.replace("{name}", caseworker.name),
  );
  expect((await db().caseReview.findUniqueOrThrow({ where: { id: waiting.id } })).assigneeId).toBe(caseworker.id);
});

test("the staff home, the case file and the review link to each other", async ({ page }) => {
  const { application, review: waiting } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  // A caseload flag is a link to where its work is done: "Review to answer" to the review (the staff home shows the
  // first ten of this list, the same table).
  await page.goto("/en/staff/attention?kind=awaitingReview");
  const row = page.getByTestId("caseload").getByRole("row", { name: new RegExp(application.registrationNumber ?? "") });
  await row.getByRole("link", { name: workspace.workspace.queue.flags.AWAITING_REVIEW }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/reviews/${waiting.id}$`));
  // The review links the whole case file (the agencies' answers are there) …
  await page.getByRole("link", { name: review.caseFile.fullCaseFile }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/applications/${application.id}$`));
  // … whose Reviews table links back to the review waiting for an answer.
  await page
    .getByRole("region", { name: workspace.wsCaseFile.reviews, exact: true })
    .getByRole("link", { name: workspace.wsCaseFile.answerReview })
    .click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/reviews/${waiting.id}$`));
});

test("another district's review, case file and visit, and an appeal not there, answer 404 with the not-found page", async ({
  page,
}) => {
  const { application, review: elsewhere } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  const visit = await db().inspection.create({
    data: { applicationId: application.id },
  });
  await signInStaff(page, "supervisor.ganja@vemtas.local", "az", /\/az\/staff$/);
  // The check runs in each page's layout, above its loading page: the status is 404, not a streamed 200.
  for (const path of [
    `/az/staff/reviews/${elsewhere.id}`,
    `/az/staff/applications/${application.id}`,
    `/az/staff/visits/${visit.id}`,
    `/az/staff/appeals/no-such-appeal`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(recoveryAz.recovery.notFoundTitle);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page).toHaveTitle(`${coreAz.pageTitles.notFound} · ${coreAz.common.appName}`);
  }
  const reads = ["review.caseFile.read", "application.caseFile.read"];
  expect(await db().auditLog.count({ where: { applicationId: application.id, action: { in: reads } } })).toBe(0);
});
