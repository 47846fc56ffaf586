import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { uniqueCitizen } from "./support/unique-citizen";
import { phoneViewport } from "./support/phone";
import { e164, signInCitizen } from "./support/sign-in-citizen";
import { groupPhone } from "@/kernel/identity-format";
import { storedDraft, wizardPage, type Locale } from "./support/wizard-page";

test.use(phoneViewport);
test.describe.configure({ mode: "serial" });

/** FINs of members of a submitted family, for the "second open application" rule below. */
const submittedMemberFins: string[] = [];

async function newPhonePage(browser: Browser, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ ...phoneViewport, baseURL: test.info().project.use.baseURL, locale });
  return context.newPage();
}

function finFor(prefix: string): string {
  return `${prefix}${uniqueCitizen().fin}`.slice(0, 7);
}

for (const locale of ["az", "ru", "en"] as const) {
  test(`a family of four applies in ${locale}: offline mid-way, resumed on another device, submitted`, async ({
    page,
    browser,
  }) => {
    const citizen = uniqueCitizen();
    const w = wizardPage(page, locale);
    const members = [
      { fin: finFor("S"), firstName: "Orxan", lastName: "Məmmədov", birthDate: "1985-09-30", relation: "SPOUSE" },
      { fin: finFor("C"), firstName: "Aysu", lastName: "Məmmədova", birthDate: "2015-01-20", relation: "CHILD" },
      { fin: finFor("D"), firstName: "Tural", lastName: "Məmmədov", birthDate: "2021-06-02", relation: "CHILD" },
    ];

    await signInCitizen(page, { ...citizen, locale });
    await expectNoSeriousAxeViolations(page, "my");
    await page.getByRole("button", { name: w.m.my.start }).click();
    await page.waitForURL(new RegExp(`/${locale}/apply/[^/]+$`));
    const applicationId = page.url().split("/").at(-1) ?? "";
    await expect(page.getByText(w.m.wizard.agenciesNote)).toBeVisible();
    // Nothing is saved yet, and the page does not say otherwise.
    await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "idle");
    await expect(page.getByTestId("sync-status")).toHaveText(w.m.wizard.sync.idle);

    await w.expectStep("contact");
    // Filled in as the review shows it, grouped as people read it aloud.
    await expect(w.field("contact.phone")).toHaveValue(groupPhone(citizen.phone));
    await w.fill("contact.firstName", "Elnarə");
    await w.fill("contact.lastName", "Məmmədova");
    await w.fill("contact.birthDate", "1988-04-12");
    await expectNoSeriousAxeViolations(page, "wizard: contact");
    await w.next();

    await w.expectStep("address");
    await w.select("address.districtCode", "BAK-NASIMI");
    await w.fill("address.address", "S. Vurğun küç. 12, mən. 5");
    await w.next();
    await w.expectStep("members");
    await w.expectSaved();

    // The connection drops while the family is being entered.
    await page.context().setOffline(true);
    for (const [i, member] of members.entries()) {
      await page.getByRole("button", { name: w.m.wizard.members.add }).click();
      await expect(w.field(`members.${i}.fin`)).toBeFocused();
      await w.fill(`members.${i}.fin`, member.fin.toLowerCase());
      await w.fill(`members.${i}.firstName`, member.firstName);
      await w.fill(`members.${i}.lastName`, member.lastName);
      await w.fill(`members.${i}.birthDate`, member.birthDate);
      await w.select(`members.${i}.relation`, member.relation);
    }
    await expectNoSeriousAxeViolations(page, "wizard: members");
    await w.next();
    await w.expectStep("declarations");
    await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "offline");

    await page.getByRole("button", { name: w.m.wizard.declarations.addIncome }).click();
    await w.select("declarations.incomes.0.memberFin", members[0]!.fin);
    await w.select("declarations.incomes.0.type", "WAGE");
    await w.fill("declarations.incomes.0.monthlyAzn", "250,50");
    await page.getByRole("button", { name: w.m.wizard.declarations.addAsset }).click();
    await w.select("declarations.assets.0.kind", "LIVESTOCK");
    await w.fill("declarations.assets.0.description", "Two cows");
    await w.fill("declarations.assets.0.quantity", "2");
    await w.fill("declarations.assets.0.valueAzn", "1500");
    // The representative, who is applying, cannot be missing: refused beside the field, and the summary names it.
    await w.select(`notWorking.${citizen.fin}.reason`, "MISSING");
    await w.next();
    await expect(w.errorOf(`notWorking.${citizen.fin}.reason`)).toHaveText(w.m.errors.representativeAbsent);
    const reasonLabel = await page.locator(`label[for="f-notWorking-${citizen.fin}-reason"]`).innerText();
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
      `${reasonLabel}: ${w.m.errors.representativeAbsent}`,
    ]);
    await w.expectStep("declarations");
    await w.select(`notWorking.${citizen.fin}.reason`, "CARES_FOR_MEMBER");
    await w.select(`notWorking.${citizen.fin}.caresForFin`, members[2]!.fin);
    await expectNoSeriousAxeViolations(page, "wizard: declarations");
    await w.next();
    await w.expectStep("consent");
    await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "offline");

    // Back online: what was typed offline reaches the server without anyone retyping it.
    await page.context().setOffline(false);
    await w.expectSaved();
    const stored = await storedDraft(page, applicationId);
    expect(stored.draft).toMatchObject({
      step: 4,
      members: members.map((m) => ({
        fin: m.fin,
        firstName: m.firstName,
        birthDate: m.birthDate,
        relation: m.relation,
      })),
      declarations: {
        incomes: [{ memberFin: members[0]!.fin, type: "WAGE", monthlyQepik: 25050 }],
        notWorking: [{ memberFin: citizen.fin, reason: "CARES_FOR_MEMBER", caresForFin: members[2]!.fin }],
      },
    });

    // The same person continues on another device.
    const other = await newPhonePage(browser, locale);
    const w2 = wizardPage(other, locale);
    await signInCitizen(other, { ...citizen, locale });
    await other.getByRole("button", { name: w2.m.my.continue }).click();
    await other.waitForURL(new RegExp(`/apply/${applicationId}$`));
    await w2.expectStep("consent");
    await expectNoSeriousAxeViolations(other, "wizard: consent");
    await w2.next();
    await expect(w2.errorOf("consent.agreed")).toHaveText(w2.m.errors.consentRequired);
    await other.getByLabel(w2.m.wizard.consent.agree).check();
    await w2.next();
    await w2.expectStep("review");
    for (const member of members)
      await expect(other.getByTestId("review-members")).toContainText(`${member.firstName} ${member.lastName}`);
    // The representative is named as the members are, first name first, and shown with their FIN as they are.
    await expect(other.getByTestId("review-representative")).toHaveText(
      new RegExp(`^Elnarə Məmmədova, .+, ${citizen.fin}$`),
    );
    // What the family declares true and complete includes what it says its assets are worth.
    await expect(other.getByTestId("review-assets")).toContainText("Two cows (2)");
    await expect(other.getByTestId("review-assets")).toContainText(/1\D?500\D00 AZN/);
    // A change from the review goes back to the review, not through the steps after it again.
    const changeAddress = w2.m.wizard.review.change.replace("{step}", w2.m.wizard.steps.address);
    await other.getByRole("button", { name: changeAddress }).click();
    await w2.expectStep("address");
    await other.getByRole("button", { name: w2.m.wizard.saveAndReview }).click();
    await w2.expectStep("review");
    await w2.expectSaved();
    await expectNoSeriousAxeViolations(other, "wizard: review");
    await other.getByRole("button", { name: w2.m.wizard.review.submit }).click();

    await other.waitForURL(new RegExp(`/${locale}/applications/${applicationId}$`));
    await expect(other.getByTestId("application-title")).toHaveText(/VEM-\d{4}-\d{6}/);
    const number =
      /VEM-\d{4}-\d{6}/.exec((await other.getByTestId("application-title").textContent()) ?? "")?.[0] ?? "";
    await expect(other.getByTestId("application-date")).not.toBeEmpty();
    await expect(other.getByTestId("timeline").locator('[data-kind="SUBMITTED"]')).toContainText(number);
    await expectNoSeriousAxeViolations(other, "application page");

    // The first device, still open on the consent step, learns that the draft moved on rather than overwriting it.
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/applications/${applicationId}$`));
    await expect(page.getByTestId("timeline").locator('[data-kind="SUBMITTED"]')).toContainText(number);

    // A second open application for the same family is not offered: the page says why instead.
    await page.goto(`/${locale}/my`);
    await expect(page.getByTestId("cannot-start")).toHaveText(w.m.my.cannotStartOpen);
    await expect(page.getByTestId("decision-due")).toBeVisible();
    await expect(page.getByRole("button", { name: w.m.my.start })).toHaveCount(0);
    submittedMemberFins.push(members[0]!.fin);
    await other.context().close();
  });
}

test("every validation rule shows its message next to the field and nothing invalid is stored", async ({ page }) => {
  const citizen = uniqueCitizen();
  const w = wizardPage(page, "en");
  for (const path of ["/en", "/en/sign-in"]) {
    await page.goto(path);
    await expectNoSeriousAxeViolations(page, path);
  }
  await signInCitizen(page, { ...citizen, locale: "en" });
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(/\/en\/apply\/[^/]+$/);
  const applicationId = page.url().split("/").at(-1) ?? "";

  // 200 % zoom on a 640 px wide screen is a 320 px viewport: the page reflows without sideways scrolling (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Phone: a landline is refused; the local form 0XX is accepted.
  await w.fill("contact.firstName", "Leyla");
  await w.fill("contact.lastName", "Əliyeva");
  await w.fill("contact.birthDate", "2010-05-05");
  await w.fill("contact.phone", "012 123 45 67");
  await page.getByRole("radio", { name: w.m.wizard.contact.channelEmail }).check();
  await w.next();
  await expect(w.errorOf("contact.phone")).toHaveText(w.m.errors.phoneFormat);
  await expect(w.errorOf("contact.email")).toHaveText(w.m.errors.emailRequired);
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await expectNoSeriousAxeViolations(page, "wizard: contact with errors");
  expect((await storedDraft(page, applicationId)).draft).toBeNull();
  await w.fill("contact.phone", citizen.phoneLocal);
  await page.getByRole("radio", { name: w.m.wizard.contact.channelSms }).check();
  await w.next();
  await w.select("address.districtCode", "BAK-SABUNCHU");
  await w.fill("address.address", "Bakıxanov qəs., Ş. Mehdiyev küç. 4");
  await w.next();
  await w.expectStep("members");
  await w.expectSaved();
  // The phone's Back button goes to the step before, not out of the form; the form's own Back and Next go on from
  // there as before, and Back again still leaves the steps one by one.
  await page.goBack();
  await w.expectStep("address");
  await expect(page).toHaveURL(new RegExp(`/en/apply/${applicationId}$`));
  await expect(w.field("address.address")).toHaveValue("Bakıxanov qəs., Ş. Mehdiyev küç. 4");
  await w.back();
  await w.expectStep("contact");
  await w.next();
  await w.next();
  await w.expectStep("members");
  await page.goBack();
  await w.expectStep("address");
  await w.next();
  await w.expectStep("members");
  await w.expectSaved();

  // Members: a bad FIN, a member listed twice, a birth date in the future and one over 120 years back, then a family
  // without an adult.
  const addMember = () => page.getByRole("button", { name: w.m.wizard.members.add }).click();
  await addMember();
  await w.fill("members.0.fin", "12AB");
  await w.fill("members.0.firstName", "Ali");
  await w.fill("members.0.lastName", "Əliyev");
  await w.fill("members.0.birthDate", "2099-01-01");
  await w.select("members.0.relation", "SIBLING");
  await addMember();
  await w.fill("members.1.fin", citizen.fin);
  await w.fill("members.1.firstName", "Leyla");
  await w.fill("members.1.lastName", "Əliyeva");
  await w.fill("members.1.birthDate", "1900-01-01");
  await w.select("members.1.relation", "SIBLING");
  await w.next();
  await expect(w.errorOf("members.0.fin")).toHaveText(w.m.errors.finFormat);
  await expect(w.errorOf("members.0.birthDate")).toHaveText(w.m.errors.birthDateFuture);
  await expect(w.errorOf("members.1.fin")).toHaveText(w.m.errors.memberDuplicate);
  await expect(w.errorOf("members.1.birthDate")).toHaveText(w.m.errors.birthDateTooOld);
  await expect(w.field("members.0.fin")).toHaveAttribute("aria-invalid", "true");

  await w.fill("members.0.fin", finFor("A"));
  await w.fill("members.0.birthDate", "2013-03-03");
  await page.getByRole("button", { name: w.m.wizard.members.remove.replace("{n}", "2") }).click();
  await w.next();
  await expect(page.getByTestId("field-error").first()).toHaveText(w.m.errors.noAdult);

  // A member of a family whose application is under consideration: refused by the server, next to the FIN.
  await w.fill("members.0.fin", submittedMemberFins[0] ?? "");
  await w.fill("members.0.birthDate", "1980-03-03");
  await w.next();
  await w.expectStep("members");
  await expect(w.errorOf("members.0.fin")).toHaveText(w.m.errors.familyHasOpenApplication);

  const stored = await storedDraft(page, applicationId);
  expect(stored.draft).toMatchObject({ step: 2, address: { districtCode: "BAK-SABUNCHU" } });
  expect(stored.draft).not.toHaveProperty("members");
});

test("the family withdraws an application that is not decided yet", async ({ page }) => {
  const citizen = uniqueCitizen();
  const w = wizardPage(page, "ru");
  await signInCitizen(page, { ...citizen, locale: "ru" });
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(/\/ru\/apply\/[^/]+$/);
  const applicationId = page.url().split("/").at(-1) ?? "";
  await w.fill("contact.firstName", "Анар");
  await w.fill("contact.lastName", "Гасанов");
  await w.fill("contact.birthDate", "1979-11-11");
  await w.next();
  await w.select("address.districtCode", "SUMGAYIT");
  await w.fill("address.address", "3-й микрорайон, дом 7, кв. 12");
  await w.next();
  await w.next();
  await w.next();
  await page.getByLabel(w.m.wizard.consent.agree).check();
  await w.next();
  await w.expectStep("review");
  await w.expectSaved();
  await page.getByRole("button", { name: w.m.wizard.review.submit }).click();
  await page.waitForURL(new RegExp(`/ru/applications/${applicationId}$`));

  await page.getByRole("button", { name: w.m.applicationPage.withdraw.button }).click();
  await expect(page.getByRole("button", { name: w.m.applicationPage.withdraw.no })).toBeFocused();
  await page.getByRole("button", { name: w.m.applicationPage.withdraw.yes }).click();
  await expect(page.getByTestId("application-status")).toHaveText(w.m.status.WITHDRAWN);
  await expect(page.getByTestId("timeline").locator('[data-kind="WITHDRAWN"]')).toBeVisible();
  // The page has moved on (no control to withdraw any more), and still says that it worked.
  await expect(page.getByText(w.m.applicationPage.withdraw.done)).toBeVisible();

  // Starting again opens a new application filled in with what the family told the one it withdrew.
  await page.goto("/ru/my");
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(/\/ru\/apply\/[^/]+$/);
  expect(page.url()).not.toContain(applicationId);
  await expect(w.field("contact.firstName")).toHaveValue("Анар");
  await expect(w.field("contact.lastName")).toHaveValue("Гасанов");
});

/**
 * A new citizen in Russian, signed in, starts an application and answers up to the consent step (the family alone,
 * nothing declared); the application's id.
 */
async function toTheConsentStep(
  page: Page,
  w: ReturnType<typeof wizardPage>,
  citizen: ReturnType<typeof uniqueCitizen>,
): Promise<string> {
  await signInCitizen(page, { ...citizen, locale: "ru" });
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(/\/ru\/apply\/[^/]+$/);
  const applicationId = page.url().split("/").at(-1) ?? "";
  await w.fill("contact.firstName", "Кёнюль");
  await w.fill("contact.lastName", "Сафарова");
  await w.fill("contact.birthDate", "1970-12-28");
  await w.next();
  await w.select("address.districtCode", "BAK-NASIMI");
  await w.fill("address.address", "ул. Нефтчиляр 138, кв. 79");
  // Each press once its step shows: a press before the page has drawn the step it led to is the same step's again.
  await w.next();
  await w.expectStep("members");
  await w.next();
  await w.expectStep("declarations");
  await w.next();
  await w.expectStep("consent");
  return applicationId;
}

test("a submission whose answer the phone lost: the next press opens the registered application", async ({ page }) => {
  const citizen = uniqueCitizen();
  const w = wizardPage(page, "ru");
  const applicationId = await toTheConsentStep(page, w, citizen);
  await page.getByLabel(w.m.wizard.consent.agree).check();
  await w.next();
  await w.expectStep("review");
  await w.expectSaved();
  // The number as people read it aloud, as the staff see it too.
  await expect(page.getByText(groupPhone(e164(citizen.phone)), { exact: true })).toBeVisible();

  // Pressed with no connection: the message takes the cursor, for a screen reader and a keyboard, and "All changes
  // are saved" is not beside it as if the application had gone.
  const submit = page.getByRole("button", { name: w.m.wizard.review.submit });
  await page.context().setOffline(true);
  await submit.click();
  const unanswered = page.getByRole("main").getByRole("alert");
  await expect(unanswered).toHaveText(w.m.errors.submitUnanswered);
  await expect(unanswered).toBeFocused();
  await expect(page.getByTestId("sync-status")).toHaveCount(0);
  await expect(page.getByText(w.m.wizard.sync.saved)).toHaveCount(0);
  await page.context().setOffline(false);

  // The server registers the application; its answer never reaches the phone (the signal went).
  let lost = false;
  await page.route(`**/ru/apply/${applicationId}`, async (route) => {
    if (lost || route.request().method() !== "POST") return route.continue();
    lost = true;
    await route.fetch();
    await route.abort("internetdisconnected");
  });
  await submit.click();
  await expect(unanswered).toHaveText(w.m.errors.submitUnanswered);
  await expect(unanswered).toBeFocused();
  expect(lost).toBe(true);

  await submit.click();
  await page.waitForURL(new RegExp(`/ru/applications/${applicationId}$`));
  await expect(page.getByTestId("application-title")).toContainText(/VEM-\d{4}-\d{6}/);
});

test("'Submit' pressed while the consent is still on its way waits for it, then submits", async ({ page }) => {
  const w = wizardPage(page, "ru");
  const applicationId = await toTheConsentStep(page, w, uniqueCitizen());
  await w.expectSaved();

  // A slow line: the consent's save is held on its way until the test lets it go.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(`**/ru/apply/${applicationId}`, async (route) => {
    if (held || route.request().method() !== "POST") return route.continue();
    held = true;
    await released;
    await route.continue();
  });
  await page.getByLabel(w.m.wizard.consent.agree).check();
  await w.next();
  await w.expectStep("review");
  await expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "saving");
  const submit = page.getByRole("main").locator('button[type="submit"]');
  await expect(submit).toHaveText(w.m.wizard.review.submit);
  await submit.click();

  // Online, the press waits for the save instead of saying that answers have not arrived.
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveText(w.m.wizard.review.savingThenSubmitting);
  await expect(page.getByTestId("wizard-notice")).toHaveCount(0);
  expect(held).toBe(true);
  release();
  await page.waitForURL(new RegExp(`/ru/applications/${applicationId}$`));
  await expect(page.getByTestId("application-title")).toContainText(/VEM-\d{4}-\d{6}/);
});
