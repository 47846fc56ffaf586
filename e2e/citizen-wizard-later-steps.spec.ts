import { expect, test, type Page } from "@playwright/test";
import { uniqueCitizen } from "./support/unique-citizen";
import { phoneViewport } from "./support/phone";
import { signInCitizen } from "./support/sign-in-citizen";
import { storedDraft, wizardPage, type Locale } from "./support/wizard-page";

// The steps after the first, and the check before "Save and continue", reach the phone when the person starts
// using the form, not with the page (src/components/wizard/load-later-steps.ts). These are the two ways that can
// meet a slow or lost connection.

test.use(phoneViewport);

async function openNewWizard(page: Page, locale: Locale): Promise<string> {
  const w = wizardPage(page, locale);
  await signInCitizen(page, { ...uniqueCitizen(), locale });
  await page.getByRole("button", { name: w.m.my.start }).click();
  await page.waitForURL(new RegExp(`/${locale}/apply/[^/]+$`));
  await w.expectStep("contact");
  // React has taken over the form: its "Save and continue" is the wizard's, not the browser's own submit.
  await page.waitForFunction(() => {
    const field = document.querySelector("#f-contact-firstName");
    return field !== null && Object.keys(field).some((k) => k.startsWith("__reactFiber"));
  });
  return page.url().split("/").at(-1) ?? "";
}

test("'Save and continue' pressed before the later steps arrive goes on with what was typed meanwhile", async ({
  page,
}) => {
  const w = wizardPage(page, "en");
  const applicationId = await openNewWizard(page, "en");
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  // Every script from now on waits: the later steps are the only one the page still asks for.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await arrived;
    await route.continue();
  });

  await w.fill("contact.firstName", "Elnarə");
  await w.fill("contact.lastName", "Məmmədov");
  await w.fill("contact.birthDate", "1988-04-12");
  await w.next();
  // Still on the first step while the code travels; the person presses again, and corrects a letter.
  await w.expectStep("contact");
  await w.next();
  await w.fill("contact.lastName", "Məmmədova");
  release();

  // One step on, however often it was pressed: the address step is not checked before it was filled in.
  await w.expectStep("address");
  await w.expectSaved();
  await expect(page.getByTestId("field-error")).toHaveCount(0);
  const stored = await storedDraft(page, applicationId);
  expect(stored.draft).toMatchObject({
    step: 1,
    contact: { firstName: "Elnarə", lastName: "Məmmədova", birthDate: "1988-04-12" },
  });
});

test("offline before the first touch: the person is told, nothing typed is lost, and it goes on once back online", async ({
  page,
}) => {
  const w = wizardPage(page, "ru");
  const applicationId = await openNewWizard(page, "ru");

  await page.context().setOffline(true);
  await w.fill("contact.firstName", "Elnarə");
  await w.fill("contact.lastName", "Məmmədova");
  await w.fill("contact.birthDate", "1988-04-12");
  await w.next();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(w.m.errors.formNotLoaded);
  await w.expectStep("contact");
  await expect(w.field("contact.lastName")).toHaveValue("Məmmədova");

  await page.context().setOffline(false);
  await w.next();
  await w.expectStep("address");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await w.expectSaved();
  const stored = await storedDraft(page, applicationId);
  expect(stored.draft).toMatchObject({
    step: 1,
    contact: { firstName: "Elnarə", lastName: "Məmmədova", birthDate: "1988-04-12" },
  });
});
