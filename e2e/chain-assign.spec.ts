import { expect, test } from "@playwright/test";
import { formatAzn, formatDate } from "@/server/content/notices/format";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { applicantFor, applyWithFamily, newCitizenPage, newStaffPage, pickDemoFamily } from "./support/chain";
import {
  chainJourney,
  expectMessages,
  familyInbox,
  iso,
  letterPdfText,
  pageAmount,
  recordVisit,
} from "./support/chain-journey";
import { catalogs } from "./support/wizard-page";
import changesRu from "../src/messages/changes/ru.json" with { type: "json" };

const changes = { ru: changesRu };

// The whole chain (e2e/support/chain-journey.ts), ending in an assignment: the family applies in Russian, the
// engine assigns, the bank opens the account, and the letter is a PDF only the family can fetch.

const { db, bookedVisit, untilTimelineShows } = chainJourney();

test("ASSIGN: a family applies in Russian, the inspector records the visit, the engine assigns, the bank card is ready", async ({
  browser,
  baseURL,
}) => {
  const locale = "ru";
  const m = catalogs[locale];
  const family = await pickDemoFamily(db(), "assign");
  const who = applicantFor(family, locale);
  const citizen = await newCitizenPage(browser, baseURL, locale);
  const staff = await newStaffPage(browser, baseURL);

  const { applicationId, registrationNumber } = await applyWithFamily(citizen, family, who);
  const visit = await bookedVisit(applicationId);
  await recordVisit(staff, visit, family, registrationNumber);

  await untilTimelineShows(citizen, applicationId, "DECISION");
  const decision = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  expect(decision).toMatchObject({ outcome: "ASSIGN", decidedBy: "SYSTEM", supersedesId: null });
  expect(decision.amountQepik).toBeGreaterThan(0);
  const amount = decision.amountQepik ?? 0;
  // The engine's arithmetic, as stored: N × C − I.
  expect(amount).toBe((decision.memberCount ?? 0) * (decision.criterionQepik ?? 0) - (decision.incomeQepik ?? 0));
  await expect(citizen.getByTestId("application-status")).toHaveText(m.status.ASSIGNED);
  await expect(citizen.getByTestId("timeline").locator('[data-kind="DECISION"]')).toContainText(
    `${pageAmount(amount, locale)} AZN`,
  );

  await untilTimelineShows(citizen, applicationId, "BANK_CARD");
  const order = await db().bankAccountOrder.findFirstOrThrow({
    where: { decisionId: decision.id },
    orderBy: { round: "desc" },
  });
  expect(order.status).toBe("OPENED");
  expect(order.branchAddress).toBeTruthy();
  await expect(citizen.getByTestId("timeline").locator('[data-kind="BANK_CARD"]')).toContainText(
    order.branchAddress ?? "",
  );
  // The branch is named in Russian on the Russian page, as the bank gave it, not by its Azerbaijani name.
  expect(order.branchNameRu).toBeTruthy();
  await expect(citizen.getByTestId("timeline").locator('[data-kind="BANK_CARD"]')).toContainText(
    order.branchNameRu ?? "-",
  );
  await expect(citizen.locator("main")).not.toContainText(order.branchName ?? "-");
  await expectNoSeriousAxeViolations(citizen, "application page with an assignment and the card");

  const pickup = formatDate(iso(order.cardPickupDate), locale);
  const inbox = await familyInbox(who.phone, (msg) => msg.text.includes(order.branchAddress ?? "-"));
  expect(inbox.every((msg) => msg.channel === "sms")).toBe(true);
  expectMessages(inbox, {
    registration: (msg) => msg.text.includes(registrationNumber) && msg.text.includes("зарегистрировано"),
    // With the inspector named, the Russian SMS leaves out "на дому" to stay within two segments.
    visitDate: (msg) =>
      msg.text.includes("обследование") &&
      msg.text.includes(formatDate(iso(visit.scheduledFor), locale)) &&
      msg.text.includes("инспектор"),
    decision: (msg) => msg.text.includes("помощь назначена") && msg.text.includes(formatAzn(amount, locale)),
    cardPickup: (msg) =>
      msg.text.includes(order.branchAddress ?? "-") &&
      msg.text.includes(pickup) &&
      msg.text.includes("карта ждёт вас") &&
      msg.text.includes(`: ${order.branchNameRu},`),
  });

  // The family moves the card to another branch of the bank on its page: the page says so, and an SMS (through the
  // background run and the messaging fake) tells the new place, which the first notice no longer does.
  const chooser = citizen.getByTestId("card-branch");
  const select = chooser.getByLabel(changes.ru.changes.branch.choose);
  const options = await select
    .locator("option")
    .evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
  await expect(chooser.getByTestId("card-branch-current")).toContainText(order.branchNameRu ?? "-");
  expect(options.filter((o) => o.text.includes("filialı"))).toEqual([]);
  const other = options.find((o) => o.value !== "" && !o.text.includes(order.branchAddress ?? "-"));
  expect(other).toBeDefined();
  // Pressed without a choice: the message beside the list, and the cursor on it.
  await chooser.getByRole("button", { name: changes.ru.changes.branch.submit }).click();
  await expect(chooser).toContainText(changes.ru.changes.branch.notChosen);
  await expect(select).toBeFocused();
  await select.selectOption(other?.value ?? "");
  await chooser.getByRole("button", { name: changes.ru.changes.branch.submit }).click();
  await expect(chooser.getByRole("status")).toHaveText(changes.ru.changes.branch.done);
  const movedTo = await db().bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } });
  expect(movedTo).toMatchObject({ branchChanges: 1 });
  expect(movedTo.branchAddress).not.toBe(order.branchAddress);
  const movedSms = await familyInbox(who.phone, (msg) => msg.text.includes(movedTo.branchAddress ?? "-"));
  expect(
    movedSms.filter((msg) => msg.text.includes("по вашей просьбе") && msg.text.includes(movedTo.branchNameRu ?? "-")),
  ).toHaveLength(1);
  // The timeline keeps where the card was first and adds the move, each with its own time (it had rewritten the
  // first entry with the new branch).
  const timeline = citizen.getByTestId("timeline");
  await expect(timeline.locator('[data-kind="BANK_CARD_MOVED"]')).toContainText(movedTo.branchNameRu ?? "-");
  await expect(timeline.locator('[data-kind="BANK_CARD_MOVED"]')).toContainText(movedTo.branchAddress ?? "-");
  await expect(timeline.locator('[data-kind="BANK_CARD"]')).toContainText(order.branchNameRu ?? "-");
  await expect(timeline.locator('[data-kind="BANK_CARD"]')).toContainText(order.branchAddress ?? "-");

  // The decision letter as a PDF, in the family's Russian, with the amount written as the notices write it.
  const letter = await letterPdfText(citizen);
  expect(letter).toContain(registrationNumber);
  expect(letter).toContain(m.letter.assigned);
  expect(letter).toContain(m.letter.amount.replace("{amount} AZN", formatAzn(amount, locale)));
  // Without the family's session the link gives nothing away.
  const href = (await citizen.getByTestId("letter-pdf").getAttribute("href")) ?? "";
  const anonymous = await browser.newContext({ baseURL });
  expect((await anonymous.request.get(href)).status()).toBe(401);
  await anonymous.close();
  // The letter page says the same and links the same PDF.
  await citizen.getByRole("link", { name: m.applicationPage.letter }).click();
  await expect(citizen.getByTestId("decision-letter")).toContainText(m.letter.assigned);
  await expect(citizen.getByTestId("letter-pdf")).toHaveAttribute("href", href);

  // While the assistance runs, "My applications" says until when instead of offering a form it would refuse.
  await citizen.goto(`/${locale}/my`);
  // The server writes the date with Node's Intl, as this does.
  const until = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(decision.periodTo ?? 0);
  await expect(citizen.getByTestId("cannot-start")).toContainText(until);
  await expect(citizen.getByRole("button", { name: m.my.start })).toHaveCount(0);
  // Decided: the list no longer shows the decision's deadline, which would read as still pending.
  await expect(citizen.getByTestId("application-list")).toContainText(m.status.ASSIGNED);
  await expect(citizen.getByTestId("decision-due")).toHaveCount(0);
  await citizen.context().close();
  await staff.context().close();
});
