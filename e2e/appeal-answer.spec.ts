import { expect, test, type Page } from "@playwright/test";
import {
  applicantFor,
  applyWithFamily,
  eventually,
  newCitizenPage,
  newStaffPage,
  pickDemoFamily,
  type DemoFamily,
} from "./support/chain";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { messagesTo } from "./support/messaging-inbox";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { catalogs } from "./support/wizard-page";
import review from "../src/messages/review/en.json" with { type: "json" };

// An appeal answered through the real UI: a family refused because an adult member does not work appeals (he
// cares for a relative), the supervisor the appeal reached answers CHANGE with an explanation (after the form has
// refused bad answers in the page's language), and the family's page shows the answer, the assignment on the
// stored figures and, once the bank has opened the account, the card.

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

const db = e2eDbForFile();

const en = catalogs.en;
const form = review.appealAnswer;

/** The district's inspector records an ordinary visit (the decision waits for it). */
async function recordVisit(
  staff: Page,
  applicationId: string,
  family: DemoFamily,
  registrationNumber: string,
): Promise<void> {
  const visit = await eventually(db(), applicationId, "the home visit is booked", () =>
    db().inspection.findFirst({
      where: { applicationId, attempt: 1, inspectorId: { not: null } },
      include: { inspector: true },
    }),
  );
  await signInStaff(staff, visit.inspector?.email ?? "", "en", /\/en\/inspector$/);
  await staff.getByRole("link", { name: new RegExp(registrationNumber) }).click();
  await staff.getByLabel("Type of housing").selectOption("APARTMENT");
  await staff.getByLabel("Condition", { exact: true }).selectOption("SATISFACTORY");
  await staff.getByLabel("Number of rooms").fill("3");
  for (const m of family.members) await staff.locator(`#present-${m.fin}`).check();
  await staff.getByRole("button", { name: "Send the visit's result" }).click();
  await expect(staff.getByTestId("inspection-status")).toHaveText("Done");
}

/** Reloads the citizen's page until the timeline holds `kind` (moving a stuck bank wait on meanwhile). */
async function untilTimelineShows(citizen: Page, applicationId: string, kind: string, count = 1): Promise<void> {
  await eventually(
    db(),
    applicationId,
    `the citizen's page shows ${kind} ×${count}`,
    async () => {
      await citizen.reload();
      return (await citizen.getByTestId("timeline").locator(`[data-kind="${kind}"]`).count()) >= count;
    },
    120_000,
  );
}

test("a refused family appeals; the supervisor changes the decision to an assignment; the family sees it and the card", async ({
  browser,
  baseURL,
}) => {
  const family = await pickDemoFamily(
    db(),
    "refuse",
    (f) => f.expected.reasons.join() === "able-bodied member without work or accepted reason",
  );
  const email = `appeal-${family.representativeFin.toLowerCase()}-${Date.now()}@example.test`;
  const who = applicantFor(family, "en", email);
  const citizen = await newCitizenPage(browser, baseURL, "en");
  const staff = await newStaffPage(browser, baseURL);

  const { applicationId, registrationNumber } = await applyWithFamily(citizen, family, who);
  await recordVisit(staff, applicationId, family, registrationNumber);
  await untilTimelineShows(citizen, applicationId, "DECISION");
  await expect(citizen.getByTestId("application-status")).toHaveText(en.status.REFUSED);
  const refusal = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  expect(refusal.outcome).toBe("REFUSE");

  // The family appeals from its page.
  await citizen
    .getByLabel(en.applicationPage.appeal.reason)
    .fill("My son does not work because he looks after his bedridden grandmother at home.");
  await citizen.getByRole("button", { name: en.applicationPage.appeal.submit }).click();
  // The page moves on (the appeal is on the timeline, the form gone) and still says that it worked.
  await expect(citizen.getByTestId("timeline").locator('[data-kind="APPEAL_FILED"]')).toBeVisible();
  await expect(citizen.getByText(en.applicationPage.appeal.done)).toBeVisible();
  const appeal = await db().appeal.findFirstOrThrow({ where: { applicationId }, include: { supervisor: true } });
  expect(appeal.supervisor?.districtCode).toBe(family.districtCode);

  // The supervisor it reached opens it from their list.
  await signInStaff(staff, appeal.supervisor?.email ?? "", "en", /\/en\/staff$/);
  await staff
    .getByTestId("appeal-queue")
    .getByRole("link", { name: new RegExp(registrationNumber) })
    .click();
  await expect(staff).toHaveURL(new RegExp(`/en/staff/appeals/${appeal.id}$`));
  await expect(staff.getByTestId("appeal-status")).toHaveText(form.status.OPEN);
  await expect(staff.getByTestId("appealed-outcome")).toHaveText(review.appealQueue.outcome.REFUSE);

  // The explanation reaches the family as written: the field says which language the family wrote its appeal in
  // (from the English page) and asks for it; the answer's message goes in it too.
  expect(appeal.locale).toBe("en");
  await expect(staff.getByLabel(form.explanation)).toHaveAccessibleDescription(
    /The family wrote its appeal in English, and the answer is sent to it in that language: write in it\./,
  );
  await expect(staff.getByLabel(form.explanation)).toHaveAttribute("lang", "en");

  // Sent empty: the summary names and links each refused field (it said only "Some of the information is not
  // valid"), the answer's radio buttons are framed in red, and the cursor goes to the first of them.
  const problems = staff.getByTestId("appeal-answer-summary");
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(problems.getByRole("listitem")).toHaveText([
    `${form.answer}: ${en.errors.required}`,
    `${form.explanation}: ${en.errors.required}`,
  ]);
  await expect(problems.getByRole("link").first()).toHaveAttribute("href", "#answer");
  await expect(staff.getByRole("group", { name: form.answer, exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(staff.getByRole("group", { name: form.answer, exact: true })).toHaveClass(/border-red-700/);
  await expect(staff.getByLabel(form.answers.UPHOLD.REFUSE)).toBeFocused();

  // A bad answer is refused in English, beside its fields and named in the summary, and changes nothing.
  await staff.getByLabel(form.answers.CHANGE.REFUSE).check();
  await staff.getByLabel(form.correctedIncome).fill("a lot");
  await staff.getByLabel(form.explanation).fill("  short ");
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(problems.getByRole("listitem")).toHaveText([
    `${form.correctedIncome}: ${en.errors.amountFormat}`,
    `${form.explanation}: ${en.errors.appealExplanationTooShort}`,
  ]);
  await expect(problems.getByRole("link").nth(0)).toHaveAttribute("href", "#correctedIncomeQepik");
  await expect(problems.getByRole("link").nth(1)).toHaveAttribute("href", "#explanation");
  await expect(problems).not.toContainText(en.errors.invalidInput);
  await expect(staff.getByRole("group", { name: form.answer, exact: true })).not.toHaveClass(/border-red-700/);
  await expect(staff.getByLabel(form.correctedIncome)).toBeFocused();
  await expect(staff.locator("#correctedIncomeQepik-error")).toHaveText(en.errors.amountFormat);
  await expect(staff.locator("#explanation-error")).toHaveText(en.errors.appealExplanationTooShort);
  await expect(staff.getByLabel(form.explanation)).toHaveAttribute("aria-invalid", "true");
  // No amount to preview: no box (it was an empty grey bar), though the live region stays in the page.
  await expect(staff.getByTestId("amount-preview")).toHaveText("");
  await expect(staff.getByTestId("amount-preview")).toHaveClass(/sr-only/);
  await expectNoSeriousAxeViolations(staff, "the appeal page with the form's errors");
  // An amount with too many digits, or below zero, is refused as such, not as a mistyped amount.
  await staff.getByLabel(form.correctedIncome).fill("99999999999");
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(staff.locator("#correctedIncomeQepik-error")).toHaveText(en.errors.amountTooLarge);
  await staff.getByLabel(form.correctedIncome).fill("-5");
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(staff.locator("#correctedIncomeQepik-error")).toHaveText(en.errors.amountNegative);
  // An income at which nothing can be assigned: the server's refusal, in the page's language.
  const explanation = "The family showed the medical papers: the son cares for his bedridden grandmother at home.";
  await staff.getByLabel(form.correctedIncome).fill("99999");
  await staff.getByLabel(form.explanation).fill(explanation);
  await expect(staff.getByTestId("amount-preview")).toHaveText(form.previewNone);
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(staff.getByTestId("appeal-answer-summary")).toHaveText(en.errors.appealAmountNotPositive);
  // A refusal of the whole answer stands alone in the summary, which takes the cursor.
  await expect(problems.getByRole("listitem")).toHaveCount(0);
  await expect(problems).toBeFocused();
  expect(await db().appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({
    status: "OPEN",
    answerDecisionId: null,
  });
  expect(await db().decision.count({ where: { applicationId } })).toBe(1);

  // The income was counted right: the assignment is N × C − I on the stored figures.
  const threshold = (refusal.memberCount ?? 0) * (refusal.criterionQepik ?? 0);
  await staff.getByLabel(form.correctedIncome).fill("");
  await staff.getByRole("button", { name: form.submit }).click();
  await expect(staff.getByTestId("appeal-status")).toHaveText(form.status.ANSWERED);
  const answered = await db().appeal.findUniqueOrThrow({ where: { id: appeal.id }, include: { answerDecision: true } });
  const decision = answered.answerDecision!;
  expect(decision).toMatchObject({
    outcome: "ASSIGN",
    final: true,
    supersedesId: refusal.id,
    decidedBy: appeal.supervisorId,
  });
  const amount = decision.amountQepik ?? 0;
  expect(decision.incomeQepik).toBe(refusal.incomeQepik);
  expect(amount).toBe(threshold - (refusal.incomeQepik ?? 0));
  expect(amount).toBeGreaterThan(0);
  await expect(staff.getByTestId("answer-outcome")).toHaveText(review.appealQueue.outcome.ASSIGN);

  // The family's page: the answer, the new decision with the explanation, then the card.
  await untilTimelineShows(citizen, applicationId, "APPEAL_ANSWERED");
  await expect(citizen.getByTestId("application-status")).toHaveText(en.status.ASSIGNED);
  await expect(citizen.locator('[data-kind="APPEAL_ANSWERED"]')).toContainText(
    en.applicationPage.events.APPEAL_ANSWERED.CHANGE,
  );
  const shownAmount = await citizen.evaluate(
    (q) => new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(q / 100),
    amount,
  );
  const newDecision = citizen.getByTestId("timeline").locator('[data-kind="DECISION"]').last();
  await expect(newDecision).toContainText(`${shownAmount} AZN`);
  await expect(newDecision.getByRole("listitem")).toContainText([explanation]);

  await untilTimelineShows(citizen, applicationId, "BANK_CARD");
  const order = await db().bankAccountOrder.findFirstOrThrow({
    where: { decisionId: decision.id },
    orderBy: { round: "desc" },
  });
  expect(order.status).toBe("OPENED");
  await expect(citizen.getByTestId("timeline").locator('[data-kind="BANK_CARD"]')).toContainText(
    order.branchAddress ?? "-",
  );
  expect(await db().bankAccountOrder.count({ where: { applicationId } })).toBe(1);
  await expectNoSeriousAxeViolations(citizen, "application page with an answered appeal");

  // The family's inbox: the answer once, by e-mail, with the explanation.
  const answers = (await messagesTo(email)).filter((m) => (m.subject ?? "").startsWith("Answer to your appeal"));
  expect(answers).toHaveLength(1);
  expect(answers[0]?.text).toContain(explanation);
  await citizen.context().close();
  await staff.context().close();
});
