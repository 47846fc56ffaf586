import { expect, test } from "@playwright/test";
import { addMonthsToYearMonth, bakuDate, monthOf } from "@/kernel/calendar-date";
import texts from "../src/messages/assistance-year/en.json" with { type: "json" };
import { assignedFamily } from "./support/assigned-family";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A caseworker answers the months the bank rejected on the case file (docs/payments.md, "A rejected payment"):
// one is sent again once the account is checked, the other cancelled with a reason. Each click is one action,
// audited; the family's months and the payment orders show it.

const db = e2eDbForFile();
const t = texts.assistanceYear.rejectedMonth;

test.use({ viewport: { width: 1366, height: 768 } });

test("a caseworker sends one rejected month again and cancels another, each once", async ({ page }) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -3);
  const [resent, cancelled] = [addMonthsToYearMonth(first, 1), addMonthsToYearMonth(first, 2)];
  const family = await assignedFamily(db(), null, first, addMonthsToYearMonth(first, 11), (m) =>
    m === resent || m === cancelled ? "REJECTED" : m < now ? "CREDITED" : "PLANNED",
  );
  const applicationId = family.application.id;
  // The family's card account is open (the bank unblocked it), and each rejected month has its rejected order.
  await db().bankAccountOrder.create({
    data: {
      applicationId,
      decisionId: family.decision.id,
      idempotencyKey: `bank-account-e2e-${applicationId}`,
      status: "OPENED",
      accountMasked: "AZ** **** **** 4821",
    },
  });
  const entitlements = await db().monthlyEntitlement.findMany({
    where: { applicationId, status: "REJECTED" },
    orderBy: { month: "asc" },
  });
  // The first month's code does not pass by itself; the second's (a blocked account) the next payroll retries.
  await db().paymentOrder.createMany({
    data: entitlements.map((e, i) => ({
      id: `pay-${e.id}`,
      applicationId,
      kind: "MONTHLY" as const,
      entitlementId: e.id,
      amountQepik: e.amountQepik,
      idempotencyKey: `payment-${e.id}`,
      status: "REJECTED" as const,
      reasonCode: i === 0 ? "CARD_BLOCKED" : "ACCOUNT_BLOCKED",
      toldAt: new Date(),
    })),
  });

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${applicationId}`);
  const resendForm = page.getByTestId(`rejected-${resent}`);
  const cancelForm = page.getByTestId(`rejected-${cancelled}`);
  await expect(resendForm).toBeVisible();
  await expect(cancelForm).toBeVisible();
  await expectNoSeriousAxeViolations(page, "the case file with two rejected months");

  // The bank's reason is named (a code without words as the bank's code), and no automatic attempt is promised for
  // a code that does not pass by itself.
  await expect(resendForm).toContainText("The bank's reason: code CARD_BLOCKED.");
  await expect(resendForm).toContainText(t.noRetry);
  // A month the payroll retries says so, and its button sends it now instead of waiting.
  await expect(cancelForm.getByTestId(`rejected-${cancelled}-retry`)).toBeVisible();
  await expect(cancelForm.getByRole("button", { name: t.resendNow })).toBeDisabled();

  // Sent again only once the account is confirmed checked.
  await expect(resendForm.getByRole("button", { name: t.resend })).toBeDisabled();
  await resendForm.getByRole("checkbox", { name: t.confirm }).check();
  await resendForm.getByRole("button", { name: t.resend }).click();
  await expect(page.getByRole("status").filter({ hasText: t.resent })).toBeVisible();

  await cancelForm.getByRole("combobox", { name: t.reason }).selectOption("FAMILY_DECLINED");
  await cancelForm.getByRole("button", { name: t.cancel }).click();
  await expect(page.getByRole("status").filter({ hasText: t.cancelled })).toBeVisible();
  await expect(page.getByTestId(`month-${cancelled}`)).toContainText(texts.assistanceYear.view.CANCELLED);
  // Once answered, the case file still says the bank rejected each month.
  await page.reload();
  await expect(page.getByTestId(`rejected-history-${resent}`)).toContainText("the bank rejected it once");
  await expect(page.getByTestId(`rejected-history-${cancelled}`)).toContainText("the bank rejected it once");

  const [resentMonth, cancelledMonth] = entitlements
    .sort((a, b) => a.month.getTime() - b.month.getTime())
    .map((e) => e.id);
  expect(
    await db().paymentOrder.findMany({ where: { entitlementId: resentMonth }, select: { attempt: true } }),
  ).toHaveLength(2);
  expect(await db().paymentOrder.count({ where: { entitlementId: cancelledMonth } })).toBe(1);
  expect(await db().monthlyEntitlement.findUniqueOrThrow({ where: { id: cancelledMonth! } })).toMatchObject({
    status: "CANCELLED",
  });
  const actions = await db().auditLog.findMany({
    where: { applicationId, action: { in: ["payments.month-resent", "payments.month-cancelled"] } },
    select: { action: true },
  });
  expect(actions.map((a) => a.action).sort()).toEqual(["payments.month-cancelled", "payments.month-resent"]);
});
