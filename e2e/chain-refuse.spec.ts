import { expect, test } from "@playwright/test";
import { formatDate } from "@/server/content/notices/format";
import { reasonTexts } from "../src/server/services/applications/build-timeline";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { applicantFor, applyWithFamily, newCitizenPage, newStaffPage, pickDemoFamily } from "./support/chain";
import { chainJourney, expectMessages, familyInbox, iso, letterPdfText, recordVisit } from "./support/chain-journey";
import { catalogs } from "./support/wizard-page";

// The whole chain (e2e/support/chain-journey.ts), ending in a refusal: the family reads its reasons on its page,
// in its e-mail and in its letter.

const { db, bookedVisit, untilTimelineShows } = chainJourney();

test("REFUSE: a family that owns a car applies in English by e-mail and is refused, with its reasons on its page", async ({
  browser,
  baseURL,
}) => {
  const locale = "en";
  const m = catalogs[locale];
  const family = await pickDemoFamily(db(), "refuse", (f) => f.expected.reasons.includes("vehicle"));
  const email = `family-${family.representativeFin.toLowerCase()}-${Date.now()}@example.test`;
  const who = applicantFor(family, locale, email);
  const citizen = await newCitizenPage(browser, baseURL, locale);
  const staff = await newStaffPage(browser, baseURL);

  const { applicationId, registrationNumber } = await applyWithFamily(citizen, family, who);
  const visit = await bookedVisit(applicationId);
  await recordVisit(staff, visit, family, registrationNumber);

  await untilTimelineShows(citizen, applicationId, "DECISION");
  const decision = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  expect(decision).toMatchObject({ outcome: "REFUSE", decidedBy: "SYSTEM" });
  const codes = (decision.reasons as unknown as { code: string; kind: string }[])
    .filter((r) => r.kind === "REFUSAL")
    .map((r) => r.code);
  expect(
    codes.some((c) => /VEHICLE/.test(c)),
    `refusal codes: ${codes.join(", ")}`,
  ).toBe(true);
  const reasons = reasonTexts(decision.reasons, locale);
  expect(reasons.length).toBeGreaterThan(0);

  await expect(citizen.getByTestId("application-status")).toHaveText(m.status.REFUSED);
  const shown = citizen.getByTestId("timeline").locator('[data-kind="DECISION"]');
  await expect(shown).toContainText(m.applicationPage.events.DECISION_REFUSE);
  await expect(shown.getByRole("listitem")).toHaveText(reasons);
  await expect(citizen.getByTestId("timeline").locator('[data-kind="BANK_CARD"]')).toHaveCount(0);
  expect(await db().bankAccountOrder.count({ where: { applicationId } })).toBe(0);
  // The page with a decision, its reasons and the appeal form, as accessible as the wizard.
  await expectNoSeriousAxeViolations(citizen, "application page with a refusal and the appeal form");

  const inbox = await familyInbox(email, (msg) => msg.text.includes("Assistance was refused"));
  expect(inbox.every((msg) => msg.channel === "email")).toBe(true);
  expectMessages(inbox, {
    registration: (msg) =>
      msg.text.includes(registrationNumber) &&
      msg.text.includes("Your application for targeted state social assistance was registered"),
    visitDate: (msg) =>
      msg.text.includes("home visit for application") && msg.text.includes(formatDate(iso(visit.scheduledFor), locale)),
    decision: (msg) => msg.text.includes("Assistance was refused") && reasons.every((r) => msg.text.includes(r)),
  });

  // The letter page, then its PDF link: the same words in both.
  await citizen.getByRole("link", { name: m.applicationPage.letter }).click();
  await expect(citizen.getByTestId("decision-letter")).toContainText(m.letter.refused);
  await expect(citizen.getByTestId("decision-letter").getByRole("listitem")).toHaveText(reasons);
  await expectNoSeriousAxeViolations(citizen, "decision letter");
  const letter = await letterPdfText(citizen);
  expect(letter).toContain(registrationNumber);
  expect(letter).toContain(m.letter.refused);
  for (const reason of reasons) expect(letter).toContain(reason);
  await citizen.context().close();
  await staff.context().close();
});
