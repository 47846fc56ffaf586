import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationInReview, submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, seedStaffCases, signInStaff } from "./support/staff-cases";

const db = e2eDbForFile();
let cases: Awaited<ReturnType<typeof seedStaffCases>>;

test.beforeAll(async () => {
  cases = await seedStaffCases(db());
});

test("an inspector opens today's visit, is told what is missing, records the visit, and it shows as done", async ({
  page,
}) => {
  const { application, inspection } = cases.visit;
  await signInStaff(page, "inspector1.nasimi@vemtas.local", "az", /\/az\/inspector$/);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("Bu gün");
  await page.getByRole("link", { name: new RegExp(application.registrationNumber ?? "") }).click();
  await expect(page.getByTestId("inspection-status")).toHaveText("Gözlənilir");
  await expect(page.getByText("doğum tarixi: 14 may 1988")).toBeVisible();

  // Sent without the housing: the page says so beside each field, and the summary names and links each one (it
  // said only "check the highlighted fields", far above them on a long form); the cursor goes to the first.
  await page.getByRole("button", { name: "Baxışın nəticəsini göndərin" }).click();
  const summary = page.locator("#inspection-form-summary");
  await expect(summary.getByRole("link")).toHaveText([
    "Yaşayış yerinin növü: Bu sahəni doldurun.",
    "Vəziyyəti: Bu sahəni doldurun.",
    "Otaqların sayı: Sıfır və ya müsbət tam ədəd daxil edin.",
  ]);
  await expect(page.getByLabel("Yaşayış yerinin növü")).toBeFocused();
  await expect(page.getByLabel("Otaqların sayı")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Yaşayış yerinin növü").selectOption({ label: "Mənzil" });
  await page.getByLabel("Vəziyyəti").selectOption({ label: "Pis" });
  await page.getByLabel("Otaqların sayı").fill("2");
  await page.getByLabel("Elektrik", { exact: true }).check();
  await page.getByLabel("Sayğacın nömrəsi (Elektrik)").fill("EL-004512");
  await page.getByLabel("Qoyun").fill("3");
  await page.getByLabel("Məmmədova Aynur Rauf qızı").check();
  await page.getByRole("button", { name: "Baxışın nəticəsini göndərin" }).click();

  await expect(page.getByTestId("inspection-status")).toHaveText("Aparılıb");
  const stored = await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  expect(stored.status).toBe("COMPLETED");
  expect(stored.result).toMatchObject({
    housing: { type: "APARTMENT", condition: "POOR", rooms: 2 },
    meters: [{ kind: "ELECTRICITY", number: "EL-004512" }],
    livestock: [{ kind: "SHEEP", count: 3 }],
  });
});

test("a caseworker answers a review against the engine's proposal, and a supervisor confirms it", async ({ page }) => {
  const { application, review } = cases.review;
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page
    .getByTestId("review-queue")
    .getByRole("link", { name: new RegExp(application.registrationNumber ?? "") })
    .click();
  await expect(page.getByTestId("proposed-outcome")).toHaveText("assign assistance");
  await expect(page.getByText("The family's income is very close to the need criterion")).toBeVisible();
  // The review leaves the agencies' own answers to the case file, which it links.
  await expect(page.getByTestId("review-case-file-link")).toHaveAttribute(
    "href",
    `/en/staff/applications/${application.id}`,
  );

  // Sent empty: the summary names and links each field (it said only "Some of the information is not valid"),
  // the decision's radio buttons are marked, and the cursor goes to the first of them. Sent with the button at the
  // top of the screen, so that the browser scrolls up to the first choice (and cut the summary above it in half).
  const send = page.getByRole("button", { name: "Send the answer" });
  await send.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await send.focus();
  await page.keyboard.press("Enter");
  const problems = page.getByTestId("review-answer-errors");
  await expect(problems.getByRole("listitem")).toHaveText([
    "Decision: Choose a decision: assign assistance or refuse.",
    "Reason: Please fill in this field.",
  ]);
  // The summary stands whole on the screen above the focused choice (it was cut off at the top).
  expect(await problems.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  await expect(problems.getByRole("link", { name: /^Decision:/ })).toHaveAttribute("href", "#answer");
  await expect(problems).not.toContainText("Some of the information is not valid");
  await expect(page.getByRole("group", { name: "Decision" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: "Decision" })).toHaveClass(/border-red-700/);
  await expect(page.getByLabel("Assign assistance", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Reason", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Refuse", { exact: true }).check();
  await expect(page.getByText("another supervisor must confirm it")).toBeVisible();
  await page.getByLabel("Reason", { exact: true }).fill("Too short");
  await page.getByRole("button", { name: "Send the answer" }).click();
  await expect(problems.getByRole("listitem")).toHaveText([
    "Reason: Please explain the reason in at least 20 characters.",
  ]);
  await expect(page.locator("#reason-error")).toHaveText("Please explain the reason in at least 20 characters.");
  await expect(page.getByLabel("Reason", { exact: true })).toBeFocused();
  await page
    .getByLabel("Reason", { exact: true })
    .fill("The inspection found a car in daily use that the family did not declare.");
  await page.getByRole("button", { name: "Send the answer" }).click();
  await expect(page.getByTestId("review-status")).toContainText("Waiting for a supervisor's confirmation");
  await expect(
    page.getByText("The answer is waiting for the confirmation of a supervisor who did not give it."),
  ).toBeVisible();

  await signInStaff(page, "supervisor.nasimi@vemtas.local", "ru", /\/ru\/staff$/);
  await expect(page.getByTestId("review-queue")).toContainText("Ожидает подтверждения руководителя");
  await page.goto(`/ru/staff/reviews/${review.id}`);
  await page.getByRole("button", { name: "Подтвердить ответ" }).click();
  await expect(page.getByTestId("review-status")).toContainText("Рассмотрено");
  expect(await db().caseReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
    status: "DONE",
    outcome: "REFUSE",
    overridesEngine: true,
  });
});

test("a supervisor sending an answer back is told every problem in a summary naming the field, with the cursor on it", async ({
  page,
}) => {
  const { review } = await applicationInReview(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    proposedOutcome: "ASSIGN",
  });
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  await db().caseReview.update({
    where: { id: review.id },
    data: {
      status: "AWAITING_CONFIRMATION",
      reviewerId: caseworker.id,
      outcome: "REFUSE",
      reason: "The inspection found a car in daily use that the family did not declare.",
      overridesEngine: true,
    },
  });
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/reviews/${review.id}`);
  const reason = page.getByLabel("Why it goes back", { exact: true });
  const sendBack = page.getByRole("button", { name: "Send back to be answered again" });
  const problems = page.getByTestId("confirm-errors");

  await sendBack.click();
  await expect(problems.getByRole("listitem")).toHaveText(["Why it goes back: Please fill in this field."]);
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toBeFocused();

  await reason.fill("Too short");
  await sendBack.click();
  await expect(problems.getByRole("listitem")).toHaveText([
    "Why it goes back: Please explain the reason in at least 20 characters.",
  ]);
  await expect(reason).toBeFocused();

  await reason.fill("The car belongs to a neighbour; please look at the registry answer again.");
  await sendBack.click();
  await expect(page.getByTestId("review-status")).toContainText("Waiting for an answer");
  expect((await db().caseReview.findUniqueOrThrow({ where: { id: review.id } })).status).toBe("OPEN");
});

test("a supervisor finds a decision past its deadline among the cases that need a person, and opens it", async ({
  page,
}) => {
  const tenDaysAgo = bakuDate(new Date(Date.now() - 10 * 86_400_000));
  const { application } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: tenDaysAgo,
    status: "AWAITING_REVIEW",
  });
  await signInStaff(page, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  const row = page
    .getByTestId("needs-attention")
    .getByRole("link", { name: new RegExp(application.registrationNumber ?? "") });
  await expect(row).toContainText("The decision is past its 15-working-day deadline.");
  await expectNoSeriousAxeViolations(page, "staff home with cases that need a person");
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/applications/${application.id}$`));
});
