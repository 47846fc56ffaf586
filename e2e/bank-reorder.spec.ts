import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { assignedWithBankOrder } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { catalogs } from "./support/wizard-page";
import review from "../src/messages/review/en.json" with { type: "json" };

// A caseworker orders a card account again from "Needs attention": two assignments whose order the bank
// refused; the first is ordered again (the confirmation shows in place), the second was opened by the bank after
// the page was loaded, so the button answers with the reason in the page's language. The server runs the real
// chain, so the new round may go on to open: only what the button did is asserted.

const db = e2eDbForFile();

const texts = review.attention.reorder;

test("a caseworker orders a refused card account again, and is told why another cannot be", async ({ page }) => {
  const refused = () =>
    assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: bakuDate(new Date()),
      status: "FAILED",
      requestedAt: new Date(Date.now() - 3_600_000),
      lastError: "rejected HOLDER_NOT_VERIFIED",
    });
  const first = await refused();
  const second = await refused();

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  const row = (registrationNumber: string | null) =>
    page
      .getByTestId("needs-attention")
      .getByRole("listitem")
      .filter({ hasText: registrationNumber ?? "-" });
  await expect(row(first.application.registrationNumber)).toContainText("rejected HOLDER_NOT_VERIFIED");
  await expectNoSeriousAxeViolations(page, "staff home with a card account to order again");

  await row(first.application.registrationNumber).getByRole("button", { name: texts.button }).click();
  await expect(row(first.application.registrationNumber).getByRole("status")).toHaveText(texts.done);
  const rounds = await db().bankAccountOrder.findMany({
    where: { decisionId: first.decision.id },
    orderBy: { round: "asc" },
  });
  expect(rounds.map((r) => [r.round, r.idempotencyKey])).toEqual([
    [1, `vemtas-account-${first.decision.id}`],
    [2, `vemtas-account-${first.decision.id}-r2`],
  ]);
  expect(rounds[0]?.status).toBe("FAILED");
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  expect(
    await db().auditLog.count({
      where: { action: "bank.reorder", entityId: rounds[1]?.id, actorUserId: caseworker.id },
    }),
  ).toBe(1);

  // The bank's late answer opened the second account while the page was open.
  await db().bankAccountOrder.update({ where: { id: second.order.id }, data: { status: "OPENED", lastError: null } });
  await row(second.application.registrationNumber).getByRole("button", { name: texts.button }).click();
  await expect(row(second.application.registrationNumber).getByRole("alert")).toHaveText(
    catalogs.en.errors.bankOrderNotFailed,
  );
  expect(await db().bankAccountOrder.count({ where: { decisionId: second.decision.id } })).toBe(1);

  // Reloaded, the list no longer has either: one is in the bank's hands again, the other opened.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const done of [first, second]) await expect(row(done.application.registrationNumber)).toHaveCount(0);
});
