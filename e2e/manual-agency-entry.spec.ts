import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { incomePeriod } from "@/server/integrations/agencies/period";
import { decideApplication } from "@/server/services/decisions/decide-application";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A caseworker enters by hand what two agencies could not answer: the disability commission's (no change to the
// outcome: in effect at once, marked as entered by staff) and the labour registry's wages (they change the
// outcome: they wait until the district's supervisor confirms them, and the proposal is then assessed again).

const db = e2eDbForFile();
test.use({ viewport: { width: 1366, height: 768 } });

/** A family of two with no income in the registers that answered, waiting for review: two agencies did not answer. */
async function familyWaitingForReview() {
  const applicationDate = bakuDate(new Date());
  const period = incomePeriod(applicationDate);
  const { application, fins } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate,
    status: "AWAITING_REVIEW",
  });
  const [mother = "", child = ""] = fins;
  const unavailable = { kind: "UNAVAILABLE", outcome: "TIMEOUT", detail: null };
  await db().agencyResult.createMany({
    data: [
      ...[mother, child].map((fin) => ({
        applicationId: application.id,
        agency: "vehicles",
        memberFin: fin,
        available: true,
        data: {
          kind: "OK",
          reply: { fin, periodFrom: period.periodFrom, periodTo: period.periodTo, vehicles: [], registrations: [] },
        },
      })),
      { applicationId: application.id, agency: "labour", memberFin: mother, available: false, data: unavailable },
      { applicationId: application.id, agency: "disability", memberFin: child, available: false, data: unavailable },
    ],
  });
  await decideApplication(db(), {
    applicationId: application.id,
    inspection: { status: "NOT_DONE", reason: "NOT_YET_DONE" },
    now: new Date(),
  });
  return { application, mother, child, period };
}

test("a caseworker enters missing agency data by hand; a change of outcome waits for the supervisor", async ({
  page: caseworker,
  browser,
}) => {
  const { application, mother, child, period } = await familyWaitingForReview();
  await signInStaff(caseworker, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await caseworker.goto(`/en/staff/applications/${application.id}#cf-manual`);
  const section = caseworker.getByTestId("manual-entries");
  const form = section.getByTestId("manual-entry-form");
  await expect(form).toBeVisible();
  await expectNoSeriousAxeViolations(caseworker, "the case file with the manual-entry form");

  // The disability commission: no record for the child. A reason too short is refused beside its field.
  await form
    .getByLabel("Agency and person")
    .selectOption({ label: `Medical-social expert commission — Məmmədov Murad (${child})` });
  await form.getByLabel("Facts (the agency's format)").fill('{"assessments": []}');
  await form.getByLabel("Reason").fill("phone");
  await form.getByRole("button", { name: "Enter the data" }).click();
  await expect(form.getByText("Write at least 10 characters: where the facts come from.")).toBeVisible();
  // The message is the Reason field's own (its ids carry the form's): read out with it, not with another control.
  await expect(form.getByLabel("Reason")).toHaveAccessibleDescription(/Write at least 10 characters/);
  await form.getByLabel("Reason").fill("The commission's clerk confirmed by phone: no decision on file.");
  await form.getByRole("button", { name: "Enter the data" }).click();
  await expect(
    section.getByTestId("manual-entry").filter({ hasText: "Medical-social expert commission" }),
  ).toContainText("in effect");
  const agencies = caseworker.getByTestId("agency-answers");
  await expect(agencies.locator("tr[data-agency='disability'][data-answer='OK']")).toContainText("entered by staff");
  await expect(caseworker.getByTestId("decision-staff-entered")).toContainText("Medical-social expert commission");

  // The labour registry: a wage far above the need criterion, which turns the proposal from assign to refuse.
  const wages = {
    contracts: [{ employerTin: "1234567890", position: "Accountant", from: "2020-01-01", to: null }],
    wages: period.months.map((month) => ({ month, employerTin: "1234567890", amountQepik: 90_000 })),
  };
  await form
    .getByLabel("Agency and person")
    .selectOption({ label: `Labour contracts registry — Məmmədova Aynur Rauf qızı (${mother})` });
  await form.getByLabel("Facts (the agency's format)").fill(JSON.stringify(wages));
  await form.getByLabel("Reason").fill("The employer's certificate of wages was brought to the office.");
  await form.getByRole("button", { name: "Enter the data" }).click();
  const labourEntry = section.getByTestId("manual-entry").filter({ hasText: "Labour contracts" });
  await expect(labourEntry).toContainText("waiting for a supervisor's confirmation");
  await expect(labourEntry).toContainText("Changes the outcome");
  await expect(labourEntry.getByTestId("manual-entry-decision")).toHaveCount(0);
  await expect(agencies.locator("tr[data-agency='labour'][data-answer='UNAVAILABLE']")).toHaveCount(1);

  const supervisor = await (await browser.newContext()).newPage();
  await signInStaff(supervisor, "supervisor.nasimi@vemtas.local", "en", /\/en\/staff$/);
  const queue = supervisor.getByTestId("pending-agency-data");
  await queue.getByRole("link", { name: new RegExp(application.registrationNumber ?? "-") }).click();
  await expect(supervisor).toHaveURL(new RegExp(`/en/staff/applications/${application.id}`));
  const waiting = supervisor.getByTestId("manual-entry").filter({ hasText: "Labour contracts" });
  await waiting.getByRole("button", { name: "Confirm" }).click();
  // The confirmation assesses the case again before the page is read again: slower than a plain save.
  await expect(waiting).toContainText("in effect", { timeout: 45_000 });
  await expect(waiting).toContainText("Confirmed by");
  await expect(
    supervisor.getByTestId("agency-answers").locator("tr[data-agency='labour'][data-answer='OK']"),
  ).toContainText("entered by staff");
  await expect(supervisor.getByTestId("decision-staff-entered")).toContainText("Labour contracts");
  await supervisor.context().close();
});
