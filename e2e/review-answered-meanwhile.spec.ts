import { expect, test, type Page } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationAwaitingConfirmation, applicationInReview } from "../tests/support/case-fixtures";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import review from "../src/messages/review/en.json" with { type: "json" };
import reviewAz from "../src/messages/review/az.json" with { type: "json" };

// The same review open in two tabs (or before two colleagues): the first answer stands, and the second tab is told
// that its answer was not recorded. The server answered the second one `changed: false` and the page quietly read
// itself again, so a reviewer who chose "Refuse" in the second tab saw "answer: assign assistance" with no word
// that their own answer had gone nowhere.

const db = e2eDbForFile();
const f = review.reviewForm;
const reason = "Ailənin vəziyyəti ev baxışı ilə təsdiqləndi, qərar budur.";

async function openTwice(page: Page, path: string): Promise<Page> {
  await page.goto(path);
  const second = await page.context().newPage();
  await second.goto(path);
  return second;
}

test("a review answered in one tab: the other tab's answer is not recorded, and it says so", async ({ page }) => {
  const { review: waiting } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  const second = await openTwice(page, `/en/staff/reviews/${waiting.id}`);
  await second.getByLabel(f.answers.REFUSE).check();
  await second.getByLabel(f.reason).fill(reason);

  await page.getByLabel(f.answers.APPROVE).check();
  await page.getByLabel(f.reason).fill(reason);
  await page.getByRole("button", { name: f.submit }).click();
  await expect(page.getByRole("button", { name: f.submit })).toHaveCount(0);

  await second.getByRole("button", { name: f.submit }).click();
  await expect(second.getByRole("alert").filter({ hasText: f.answeredMeanwhile })).toBeVisible();
  // The form stays, with what was typed, until the person reloads.
  await expect(second.getByLabel(f.reason)).toHaveValue(reason);
  const row = await db().caseReview.findUniqueOrThrow({ where: { id: waiting.id } });
  expect(row).toMatchObject({ status: "DONE", outcome: "ASSIGN" });
  expect(await db().auditLog.count({ where: { entityId: waiting.id, action: "review.answer" } })).toBe(1);
});

test("an override confirmed in one tab: sending it back from the other is not recorded, and it says so", async ({
  page,
}) => {
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  const { review: waiting } = await applicationAwaitingConfirmation(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    reviewerId: caseworker.id,
  });
  const fa = reviewAz.reviewForm;
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "az", /\/az\/staff$/);
  const second = await openTwice(page, `/az/staff/reviews/${waiting.id}`);

  await page.getByRole("button", { name: fa.confirm }).click();
  await expect(page.getByRole("button", { name: fa.confirm })).toHaveCount(0);

  await second.getByLabel(fa.returnReason).fill("Gəlirlər yenidən yoxlanmalıdır, sənədlər tam deyil.");
  await second.getByRole("button", { name: fa.return }).click();
  await expect(second.getByTestId("confirm-errors")).toContainText(fa.settledMeanwhile);
  // The cursor goes to the message, as other forms' messages take it (it stayed on the button).
  await expect(second.getByTestId("confirm-errors")).toBeFocused();
  const row = await db().caseReview.findUniqueOrThrow({ where: { id: waiting.id } });
  expect(row).toMatchObject({ status: "DONE", outcome: "REFUSE" });
  expect(await db().auditLog.count({ where: { entityId: waiting.id, action: "review.return" } })).toBe(0);
  expect(await db().caseNote.count({ where: { applicationId: waiting.applicationId } })).toBe(0);
});
