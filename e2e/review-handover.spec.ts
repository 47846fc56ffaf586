import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationInReview } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import review from "../src/messages/review/en.json" with { type: "json" };

// The handover form shared by reviews and appeals, on a review: a supervisor hands a review waiting for an answer
// to a caseworker of the district, chosen by name and role; the page is accessible with the form on it. (The
// appeal page, with the same form, is checked in appeal-answer.spec.ts.)

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
  await form.getByRole("button", { name: texts.review.submit }).click();
  await expect(page.getByTestId("review-handover-done")).toContainText(texts.review.done);
  expect((await db().caseReview.findUniqueOrThrow({ where: { id: waiting.id } })).assigneeId).toBe(caseworker.id);
});
