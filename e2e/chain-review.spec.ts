import { expect, test } from "@playwright/test";
import { formatAzn, formatDate } from "@/server/content/notices/format";
import { toGsmLatin } from "@/server/content/notices/gsm";
import {
  applicantFor,
  applyWithFamily,
  eventually,
  newCitizenPage,
  newStaffPage,
  pickDemoFamily,
} from "./support/chain";
import { chainJourney, expectMessages, familyInbox, iso, pageAmount, recordVisit } from "./support/chain-journey";
import { signInStaff } from "./support/staff-cases";
import { catalogs } from "./support/wizard-page";

// The whole chain (e2e/support/chain-journey.ts), through a person: the inspector asks for a judgement, a
// caseworker assigns against the engine's proposal and a supervisor confirms.

const { db, bookedVisit, untilTimelineShows } = chainJourney();

test("REVIEW: the inspector asks for a person's judgement, a caseworker assigns against the engine's proposal, a supervisor confirms", async ({
  browser,
  baseURL,
}) => {
  const locale = "az";
  const m = catalogs[locale];
  // Refused on the figures alone (an adult of working age without work or an accepted reason) — until the
  // inspector finds why, and the visit's flag sends the case to a person.
  const family = await pickDemoFamily(db(), "refuse", (f) =>
    f.expected.reasons.some((r) => r.startsWith("able-bodied")),
  );
  const who = applicantFor(family, locale);
  const citizen = await newCitizenPage(browser, baseURL, locale);
  const staff = await newStaffPage(browser, baseURL);

  const { applicationId, registrationNumber } = await applyWithFamily(citizen, family, who);
  const visit = await bookedVisit(applicationId);
  await recordVisit(staff, visit, family, registrationNumber, {
    code: "OTHER",
    reason: "The adult son stays at home to look after his bedridden grandmother; no register shows it.",
  });

  const review = await eventually(db(), applicationId, "a case review is opened", () =>
    db().caseReview.findFirst({ where: { applicationId }, include: { decision: true } }),
  );
  expect(review.decision).toMatchObject({ outcome: "REVIEW", proposedOutcome: "REFUSE", final: false });
  await untilTimelineShows(citizen, applicationId, "UNDER_REVIEW");
  await expect(citizen.getByTestId("application-status")).toHaveText(m.status.AWAITING_REVIEW);

  const caseworker = await db().user.findFirstOrThrow({
    where: { role: "CASEWORKER", districtCode: family.districtCode },
  });
  const supervisor = await db().user.findFirstOrThrow({
    where: { role: "SUPERVISOR", districtCode: family.districtCode },
  });
  const reviewerReason = "The inspector confirmed the adult member cares for a bedridden relative at home.";
  await signInStaff(staff, caseworker.email ?? "", "en", /\/en\/staff$/);
  await staff
    .getByTestId("review-queue")
    .getByRole("link", { name: new RegExp(registrationNumber) })
    .click();
  await expect(staff.getByTestId("proposed-outcome")).toHaveText("refuse");
  await staff.getByLabel("Assign assistance", { exact: true }).check();
  await expect(staff.getByText("another supervisor must confirm it")).toBeVisible();
  await staff.getByLabel("Reason", { exact: true }).fill(reviewerReason);
  await staff.getByRole("button", { name: "Send the answer" }).click();
  await expect(staff.getByTestId("review-status")).toContainText("Waiting for a supervisor's confirmation");

  // Not decided until the supervisor confirms.
  expect(await db().decision.count({ where: { applicationId, final: true } })).toBe(0);
  await signInStaff(staff, supervisor.email ?? "", "en", /\/en\/staff$/);
  await staff.goto(`/en/staff/reviews/${review.id}`);
  await staff.getByRole("button", { name: "Confirm the answer" }).click();
  await expect(staff.getByTestId("review-status")).toContainText("Reviewed");

  await untilTimelineShows(citizen, applicationId, "DECISION");
  const decision = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  expect(decision).toMatchObject({ outcome: "ASSIGN", decidedBy: caseworker.id, supersedesId: review.decisionId });
  const amount = decision.amountQepik ?? 0;
  expect(amount).toBeGreaterThan(0);
  await expect(citizen.getByTestId("application-status")).toHaveText(m.status.ASSIGNED);
  const shown = citizen.getByTestId("timeline").locator('[data-kind="DECISION"]');
  await expect(shown).toContainText(`${pageAmount(amount, locale)} AZN`);
  await expect(shown.getByRole("listitem")).toContainText([reviewerReason]);

  await untilTimelineShows(citizen, applicationId, "BANK_CARD");
  const order = await db().bankAccountOrder.findFirstOrThrow({
    where: { decisionId: decision.id },
    orderBy: { round: "desc" },
  });
  expect(order.status).toBe("OPENED");
  // An Azerbaijani SMS is sent in the GSM-7 alphabet (ə → e, ı → i, ...), as the family's phone receives it.
  const sms = (text: string) => toGsmLatin(text);
  const pickup = formatDate(iso(order.cardPickupDate), locale);
  const inbox = await familyInbox(who.phone, (msg) => msg.text.includes(sms(order.branchAddress ?? "-")));
  expect(inbox.every((msg) => msg.channel === "sms")).toBe(true);
  expectMessages(inbox, {
    registration: (msg) => msg.text.includes(registrationNumber) && msg.text.includes(sms("qeydə alındı")),
    visitDate: (msg) =>
      msg.text.includes(sms("ev baxışı")) && msg.text.includes(formatDate(iso(visit.scheduledFor), locale)),
    decision: (msg) => msg.text.includes(sms("yardım təyin edildi")) && msg.text.includes(formatAzn(amount, locale)),
    cardPickup: (msg) =>
      msg.text.includes(sms(order.branchAddress ?? "-")) &&
      msg.text.includes(pickup) &&
      msg.text.includes(sms("kartınızı")),
  });
  await citizen.context().close();
  await staff.context().close();
});
