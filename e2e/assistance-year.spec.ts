import { expect, test, type Page } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { addMonthsToYearMonth, monthOf, type YearMonth } from "@/kernel/calendar-date";
import texts from "../src/messages/assistance-year/en.json" with { type: "json" };
import timelineTexts from "../src/messages/en.json" with { type: "json" };
import staff from "../src/messages/workspace/en.json" with { type: "json" };
import { expectNoSeriousAxeViolations } from "./support/axe";
import { continuedCardOrder } from "../tests/support/case-fixtures";
import { assignedFamily } from "./support/assigned-family";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { wizardPage, storedDraft } from "./support/wizard-page";

// The assistance year on the family's page (docs/payments.md, "What the family sees"), on a cheap phone's screen:
// a family whose payments stopped sees its months, asks to resume and keeps the confirmation after a reload; a
// family whose period ends this month is offered to apply again and the wizard opens filled in. The assignment
// and its months are written straight into the server's database, as the chain and the payroll would.

const db = e2eDbForFile();
const t = texts.assistanceYear;
const monthName = (ym: YearMonth) =>
  `${t.monthNames[String(Number(ym.slice(5, 7))) as keyof typeof t.monthNames]} ${ym.slice(0, 4)}`;

test.use({ viewport: { width: 360, height: 740 } });

const fitsTheScreen = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("a family whose payments stopped sees its months, asks to resume, and keeps the confirmation", async ({
  page,
}) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -3);
  // Credited before this month (the first withdrawn), stopped from this month to the period's end.
  const family = await assignedFamily(db(), page, first, addMonthsToYearMonth(first, 11), (m) =>
    m < now ? "CREDITED" : "STOPPED",
  );

  await page.goto(`/en/applications/${family.application.id}`);
  const list = page.getByTestId("payment-months");
  await expect(list.getByRole("row")).toHaveCount(13);
  await expect(list.getByRole("row").nth(1)).toContainText(monthName(first));
  await expect(list.getByRole("row").nth(1)).toContainText(t.view.WITHDRAWN);
  await expect(list.getByRole("row").nth(2)).toContainText(t.view.CREDITED);
  await expect(page.getByTestId(`month-${now}`)).toContainText(t.view.STOPPED);
  // The unit as AZN, as everywhere else: no ₼, which most fonts here cannot draw.
  await expect(page.getByTestId(`month-${now}`)).toContainText("250.00 AZN");
  await expect(page.getByTestId("payments-stopped")).toContainText(t.stop.title);
  expect(await fitsTheScreen(page)).toBe(true);
  await expectNoSeriousAxeViolations(page, "the family's page with its months, payments stopped");

  await page.getByRole("button", { name: t.stop.button }).click();
  const next = addMonthsToYearMonth(now, 1);
  const confirmation = t.resumed.replace("{month}", monthName(next));
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible();
  await expect(page.getByRole("button", { name: t.stop.button })).toHaveCount(0);
  await expect(page.getByTestId(`month-${next}`)).toContainText(t.view.PLANNED);
  await expect(page.getByTestId(`month-${now}`)).toContainText(t.view.STOPPED);

  // The confirmation comes from the stored request: it is still there after a reload, and nothing more happened.
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible();
  expect(await db().paymentResumeRequest.count({ where: { applicationId: family.application.id } })).toBe(1);
  // The timeline keeps the request, with the month paid again.
  await expect(page.getByTestId("timeline").locator('[data-kind="PAYMENTS_RESUME_REQUESTED"]')).toContainText(
    `You asked to resume payments: they are paid again from ${monthName(next)}`,
  );

  // Once the resumption month is paid (the payroll credits it) the confirmation is no longer news and goes; the stop
  // it lifted is not offered again either (resume-confirmation.ts).
  await db().monthlyEntitlement.updateMany({
    where: { applicationId: family.application.id, month: new Date(`${next}-01T00:00:00Z`) },
    data: { status: "CREDITED" },
  });
  await page.reload();
  await expect(page.getByTestId(`month-${next}`)).toContainText(t.view.CREDITED);
  await expect(page.getByTestId("resume-confirmation")).toHaveCount(0);
  await expect(page.getByTestId("payments-stopped")).toHaveCount(0);
  await expect(page.getByRole("button", { name: t.stop.button })).toHaveCount(0);
});

test("near the end of its period a family is offered to apply again, and the wizard opens filled in", async ({
  page,
}) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -11);
  const family = await assignedFamily(db(), page, first, now, (m) => (m < now ? "CREDITED" : "PLANNED"));

  await page.goto(`/en/applications/${family.application.id}`);
  const offer = page.getByTestId("renewal-offer");
  await expect(offer).toBeVisible();
  await expect(page.getByTestId("payment-months").getByRole("row")).toHaveCount(13);
  expect(await fitsTheScreen(page)).toBe(true);
  await offer.getByRole("button", { name: t.renewal.button }).click();

  await expect(page).toHaveURL(/\/en\/apply\/[^/]+$/);
  const renewalId = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect(renewalId).not.toBe(family.application.id);
  const wizard = wizardPage(page, "en");
  await expect(wizard.field("contact.firstName")).toHaveValue("Aynur");
  await expect(wizard.field("contact.lastName")).toHaveValue("Məmmədova");
  const stored = await storedDraft(page, renewalId);
  expect((stored.draft?.members as { fin: string; firstName: string }[]).map((m) => [m.fin, m.firstName])).toEqual([
    [family.childFin, "Murad"],
  ]);
  expect(stored.draft?.address).toEqual({ districtCode: "BAK-NASIMI", address: "Bakı, Füzuli küç. 12, mənzil 4" });
});

test("a caseworker sees the same months on the case file, and the read is audited", async ({ page }) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -3);
  const family = await assignedFamily(db(), null, first, addMonthsToYearMonth(first, 11), (m) =>
    m < now ? "CREDITED" : "STOPPED",
  );

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${family.application.id}`);
  const section = page.getByTestId("staff-payments");
  await expect(section).toContainText(t.stop.title);
  await expect(section.getByRole("row")).toHaveCount(13);
  await expect(section.getByTestId(`month-${first}`)).toContainText(t.view.WITHDRAWN);
  await expect(section.getByTestId(`month-${now}`)).toContainText(t.view.STOPPED);
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  expect(
    await db().auditLog.count({
      where: { action: "payments.read", applicationId: family.application.id, actorUserId: caseworker.id },
    }),
  ).toBeGreaterThanOrEqual(1);
});

test("a renewal paid to the card the family already has says so, offers no branch to choose, and names the month paid before", async ({
  page,
}) => {
  const now = monthOf(bakuDate(new Date()));
  // The earlier assignment ends next month: the renewal came in its window and continues on its card. This month
  // was paid under the earlier application before the renewal was decided, so it stays there.
  const earlier = await assignedFamily(db(), page, addMonthsToYearMonth(now, -10), addMonthsToYearMonth(now, 1), (m) =>
    m <= now ? "CREDITED" : "CANCELLED",
  );
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const opened = await db().bankAccountOrder.create({
    data: {
      applicationId: earlier.application.id,
      decisionId: earlier.decision.id,
      idempotencyKey: `vemtas-account-${earlier.decision.id}`,
      status: "OPENED",
      bankReference: `BO-E2E-${earlier.application.id}`,
      accountMasked: "AZ21 **** 0001",
      branchName: "Nəsimi filialı",
      branchAddress: "Bakı, Nəsimi rayonu",
      cardPickupDate: day(`${addMonthsToYearMonth(now, -10)}-20`),
      answeredAt: day(`${addMonthsToYearMonth(now, -10)}-12`),
    },
  });
  const applicant = await db().user.findUniqueOrThrow({ where: { id: earlier.application.applicantId } });
  const renewal = await db().application.create({
    data: {
      applicantId: earlier.application.applicantId,
      status: "ASSIGNED",
      districtCode: "BAK-NASIMI",
      registrationNumber: `${earlier.application.registrationNumber}-R`,
      address: earlier.application.address,
      contactPhone: earlier.application.contactPhone,
      locale: "en",
      submittedAt: day(`${now}-02`),
      applicationDate: day(`${now}-02`),
      decisionDueOn: day(`${now}-20`),
      members: {
        create: [
          {
            fin: applicant.fin!,
            firstName: "Aynur",
            lastName: "Məmmədova",
            birthDate: day("1988-05-14"),
            relation: "APPLICANT",
          },
        ],
      },
    },
  });
  const decision = await db().decision.create({
    data: {
      applicationId: renewal.id,
      outcome: "ASSIGN",
      amountQepik: 26_000,
      periodFrom: day(`${now}-01`),
      periodTo: day(`${addMonthsToYearMonth(now, 12)}-01`),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  await continuedCardOrder(db(), { applicationId: renewal.id, decisionId: decision.id }, opened, new Date());

  // The renewal took over the earlier application's months from next month (hand-over-months.ts).
  await db().monthlyEntitlement.updateMany({
    where: { applicationId: earlier.application.id, status: "CANCELLED" },
    data: { decisionId: decision.id },
  });
  await db().monthlyEntitlement.createMany({
    data: Array.from({ length: 11 }, (_, i) => ({
      applicationId: renewal.id,
      decisionId: decision.id,
      month: day(`${addMonthsToYearMonth(now, i + 1)}-01`),
      amountQepik: 26_000,
      status: "PLANNED" as const,
    })),
  });
  await db().notification.create({
    data: {
      applicationId: renewal.id,
      kind: "BANK_CARD_PICKUP",
      channel: "SMS",
      locale: "en",
      recipient: renewal.contactPhone ?? "+994501234567",
      body: timelineTexts.applicationPage.events.BANK_CARD_SAME.replace("{account}", "AZ21 **** 0001"),
      payload: { decisionId: decision.id, accountMasked: "AZ21 **** 0001", sameCard: true },
      status: "SENT",
      dedupeKey: `${renewal.id}:BANK_CARD_PICKUP:${decision.id}`,
    },
  });

  await page.goto(`/en/applications/${renewal.id}`);
  await expect(
    page.getByText(timelineTexts.applicationPage.events.BANK_CARD_SAME.replace("{account}", "AZ21 **** 0001")),
  ).toBeVisible();
  await expect(page.getByText("Nəsimi filialı")).toHaveCount(0);
  await expect(page.getByTestId("card-branch")).toHaveCount(0);
  // Its period starts this month, its list next month: it says this month was paid under the earlier application.
  await expect(page.getByTestId("paid-earlier")).toHaveText(
    t.paidEarlier.replace("{number}", earlier.application.registrationNumber ?? "").replace("{months}", monthName(now)),
  );
  await expect(page.getByTestId(`month-${now}`)).toHaveCount(0);
  await expect(page.getByTestId(`month-${addMonthsToYearMonth(now, 1)}`)).toContainText(t.view.PLANNED);
  expect(await fitsTheScreen(page)).toBe(true);

  // The earlier application's page says where the assistance goes on, and offers no second renewal.
  await page.goto(`/en/applications/${earlier.application.id}`);
  await expect(page.getByTestId("assignment-state")).toHaveText(
    t.renewedBy.replace("{number}", renewal.registrationNumber ?? ""),
  );
  await expect(page.getByTestId(`month-${now}`)).toContainText(t.view.CREDITED);
  await expect(page.getByTestId(`month-${addMonthsToYearMonth(now, 1)}`)).toContainText(t.view.RENEWED);
  await expect(page.getByTestId("paid-earlier")).toHaveCount(0);
  await expect(page.getByTestId("renewal-offer")).toHaveCount(0);

  await page.context().clearCookies();
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${renewal.id}`);
  await expect(
    page.getByText(staff.wsCaseFile.continuesAccount.replace("{number}", earlier.application.registrationNumber ?? "")),
  ).toBeVisible();
  // No card to collect, and the notice is not listed as a card pick-up.
  await expect(page.getByText(staff.wsCaseFile.noCardToCollect)).toBeVisible();
  const messages = page.getByTestId("messages");
  await expect(messages).toContainText(staff.wsCaseFile.sameCardNotice);
  await expect(messages).not.toContainText(staff.codes.notificationKinds.BANK_CARD_PICKUP);
  // The staff Payments section has the same note as the family's page.
  await expect(page.getByTestId("staff-payments").getByTestId("paid-earlier")).toContainText(monthName(now));

  // The earlier application's case file says its account pays the renewal too.
  await page.goto(`/en/staff/applications/${earlier.application.id}`);
  await expect(
    page.getByText(staff.wsCaseFile.alsoPays.replace("{number}", renewal.registrationNumber ?? "")),
  ).toBeVisible();
});
