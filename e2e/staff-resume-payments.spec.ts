import { expect, test } from "@playwright/test";
import { addMonthsToYearMonth, bakuDate, monthOf, type YearMonth } from "@/kernel/calendar-date";
import texts from "../src/messages/assistance-year/en.json" with { type: "json" };
import common from "../src/messages/en.json" with { type: "json" };
import { assignedFamily } from "./support/assigned-family";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A family without a smartphone asks at the district office: the caseworker resumes its stopped payments from the
// case file (docs/payments.md, "Resuming after the 2-month stop"), with a note. One request however many tabs; the
// case file then says who resumed and when.

const db = e2eDbForFile();
const t = texts.assistanceYear;
const s = t.staffResume;
const monthName = (ym: YearMonth) =>
  `${t.monthNames[String(Number(ym.slice(5, 7))) as keyof typeof t.monthNames]} ${ym.slice(0, 4)}`;

test.use({ viewport: { width: 1366, height: 768 } });

test("a caseworker resumes a stopped family's payments at the office, once", async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  const now = monthOf(bakuDate(new Date()));
  const first = addMonthsToYearMonth(now, -3);
  const next = addMonthsToYearMonth(now, 1);
  // The family is signed in on its own phone, to read afterwards what its page says.
  const phone = await (await browser.newContext({ baseURL })).newPage();
  const family = await assignedFamily(db(), phone, first, addMonthsToYearMonth(first, 11), (m) =>
    m < now ? "CREDITED" : "STOPPED",
  );
  const applicationId = family.application.id;

  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page.goto(`/en/staff/applications/${applicationId}`);
  // A second tab on the same case file, opened before the first one acts.
  const second = await context.newPage();
  await second.goto(`/en/staff/applications/${applicationId}`);

  const form = page.getByTestId("staff-resume");
  await expect(form.getByTestId("staff-resume-what")).toHaveText(
    s.what.replace("{month}", monthName(next)).replace("{stoppedFrom}", monthName(now)),
  );
  await expectNoSeriousAxeViolations(page, "the case file with payments stopped");

  // The note is required: the summary names the field and links to it.
  await form.getByRole("button", { name: s.button }).click();
  const errors = page.getByTestId("staff-resume-errors");
  await expect(errors.getByRole("link", { name: s.note })).toBeVisible();
  await expect(form.getByLabel(s.note)).toHaveAccessibleDescription(new RegExp(common.errors.required));

  await form.getByLabel(s.note).fill("The family asked at the office: no smartphone.");
  await form.getByRole("button", { name: s.button }).click();
  await expect(page.getByTestId("staff-resume-result")).toHaveText(s.resumed.replace("{month}", monthName(next)));
  await expect(page.getByTestId(`month-${next}`)).toContainText(t.view.PLANNED);
  await expect(page.getByTestId(`month-${now}`)).toContainText(t.view.STOPPED);
  await expect(page.getByTestId("staff-resume-done")).toContainText("Resumed at the office by");
  await expect(form.getByRole("button", { name: s.button })).toHaveCount(0);

  // The second tab still shows the form; its click answers "already resumed" and does nothing more.
  const secondForm = second.getByTestId("staff-resume");
  await secondForm.getByLabel(s.note).fill("The family asked at the office.");
  await secondForm.getByRole("button", { name: s.button }).click();
  await expect(second.getByTestId("staff-resume-result")).toHaveText(s.already);

  // The family's page says the payments resume, and that the request was made at the office, not by the family.
  await phone.goto(`/en/applications/${applicationId}`);
  await expect(phone.getByTestId("resume-confirmation")).toHaveText(
    t.resumedAtOffice.replace("{month}", monthName(next)),
  );
  await expect(phone.getByRole("button", { name: t.stop.button })).toHaveCount(0);
  await phone.context().close();

  const requests = await db().paymentResumeRequest.findMany({ where: { applicationId } });
  expect(requests.map((r) => [r.byStaff, r.staffNote])).toEqual([
    [true, "The family asked at the office: no smartphone."],
  ]);
  expect(
    await db().auditLog.count({
      where: { action: "payments.resume-requested", applicationId, actorRole: "CASEWORKER" },
    }),
  ).toBe(1);
});
