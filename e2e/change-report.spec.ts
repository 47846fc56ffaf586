import { expect, test, type Browser } from "@playwright/test";
import type { Prisma } from "../src/generated/prisma/client";
import { addMonthsToYearMonth, bakuDate, monthOf } from "@/kernel/calendar-date";
import {
  applicantFor,
  eventually,
  newCitizenPage,
  newStaffPage,
  pickDemoFamily,
  type DemoFamily,
} from "./support/chain";
import { e164, signInCitizen } from "./support/sign-in-citizen";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";
import { catalogs } from "./support/wizard-page";
import { readPdf } from "../tests/support/read-pdf";
import changes from "../src/messages/changes/en.json" with { type: "json" };
import year from "../src/messages/assistance-year/en.json" with { type: "json" };
import workspace from "../src/messages/workspace/en.json" with { type: "json" };

// A family with a running assignment reports a change from its page (issue 14): the form shows the 15-working-day
// duty, refuses a report without its date in the page's language and keeps what was typed, then takes it; the
// server's background run reassesses the family with the agencies' fresh data and the page shows the new decision.
// The assignment is seeded in the database (a family the agency simulator knows), as if the chain had made it.
// Then a report the engine sent to review (seeded as the reassessment leaves it): the district's caseworker finds it
// in the staff home's queue, answers it on the case page, and the family sees the new decision.

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const db = e2eDbForFile();
const t = changes.changes;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The rows the chain leaves for an assigned family: members, declaration, a done visit, the final decision. */
async function seedAssignment(
  applicantId: string,
  family: DemoFamily,
  phone: string,
  districtCode = family.districtCode,
): Promise<string> {
  const today = bakuDate(new Date());
  const month = today.slice(0, 7);
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const periodTo = new Date(Date.UTC(year + 1, m - 1, 0));
  const facts = new Map(family.suggestedDeclaration.declaredFacts.map((f) => [f.memberFin, f.facts]));
  const application = await db().application.create({
    data: {
      applicantId,
      status: "ASSIGNED",
      districtCode,
      address: family.address,
      registrationNumber: `VEM-${year}-9${String(Date.now()).slice(-5)}`,
      contactPhone: phone,
      preferredChannel: "SMS",
      locale: "en",
      submittedAt: new Date(),
      applicationDate: day(today),
      decisionDueOn: day(today),
      members: {
        create: family.members.map((mem, i) => ({
          fin: mem.fin,
          firstName: mem.firstName,
          lastName: mem.lastName,
          patronymic: mem.patronymic,
          birthDate: day(mem.birthDate),
          relation: mem.relation as Prisma.FamilyMemberCreateWithoutApplicationInput["relation"],
          position: i,
          ...(facts.has(mem.fin) ? { declaredFacts: facts.get(mem.fin) as Prisma.InputJsonValue } : {}),
        })),
      },
      declaredAssets: {
        create: family.suggestedDeclaration.assets.map((a) => ({ kind: a.kind as "VEHICLE", details: a.details })),
      },
      // Booked for the morning, as staff do on the calendar: the SMS told the family 09:00–13:00.
      inspections: {
        create: {
          status: "COMPLETED",
          attempt: 1,
          scheduledFor: day(today),
          timeWindow: "MORNING",
          completedAt: new Date(),
        },
      },
      decisions: {
        create: {
          outcome: "ASSIGN",
          final: true,
          decidedBy: "SYSTEM",
          memberCount: family.members.length,
          amountQepik: 25_000,
          periodFrom: day(`${month}-01`),
          periodTo,
          reasons: [],
          rulesChecked: [],
        },
      },
    },
  });
  return application.id;
}

/** Polls, with a deadline, until the background run has reassessed the report and decided. */
async function untilReassessed(applicationId: string, reportId: string): Promise<void> {
  await eventually(
    db(),
    applicationId,
    "the reassessment decides",
    async () => (await db().changeReport.findUniqueOrThrow({ where: { id: reportId } })).status === "DECIDED",
    120_000,
  );
}

test("a family reports a change and sees the new decision on its page", async ({ browser, baseURL }) => {
  const family = await pickDemoFamily(db(), "assign");
  const who = applicantFor(family, "en");
  const page = await newCitizenPage(browser, baseURL, "en");
  await signInCitizen(page, { fin: who.fin, phone: who.phoneLocal, locale: "en" });
  const user = await db().user.findUniqueOrThrow({ where: { fin: who.fin } });
  const applicationId = await seedAssignment(user.id, family, e164(who.phoneLocal));

  await page.goto(`/en/applications/${applicationId}`);
  await expect(page.getByTestId("change-duty")).toHaveText(t.duty);
  const rep = family.members[0]!;

  // The timeline gives the visit's half-day, as the SMS did.
  await expect(page.getByTestId("timeline").locator('[data-kind="INSPECTION_SCHEDULED"]')).toContainText(
    ", 09:00–13:00",
  );
  // On a 360 px phone the registration number in the title stays whole (one box, not "VEM-2026-" over the rest),
  // and the page does not scroll sideways for it.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const number = page.getByTestId("application-title").locator("[data-unbroken]");
  await expect(number).toHaveText(/^VEM-\d{4}-\d{6}$/);
  expect(await number.evaluate((el) => el.getClientRects().length)).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (viewport) await page.setViewportSize(viewport);

  // An empty report names both missing answers at once, and the cursor goes to the first.
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByText(catalogs.en.errors.required)).toBeVisible();
  await expect(page.getByText(catalogs.en.errors.changeDateFormat)).toBeVisible();
  await expect(page.getByLabel(t.kind)).toBeFocused();

  // The family's form speaks in the family's voice; the day's example is today's, not a birth date's.
  const todayTyped = bakuDate(new Date()).split("-").reverse().join(".");
  await expect(page.getByLabel(t.kind).locator('option[value="MOVED"]')).toHaveText(t.kinds.MOVED);
  await expect(page.getByText(t.changedOnHint.replace("{example}", todayTyped))).toBeVisible();

  // A job with a labour contract is a register's income, apart from the kinds no register holds, which read as the
  // wizard's (its WAGE is "Work without a labour contract"): a renewal offers only those again.
  await page.getByLabel(t.kind).selectOption("INCOME_GAINED");
  await page.getByLabel(t.member).selectOption(rep.fin);
  const incomeType = page.getByLabel(t.incomeType);
  await expect(incomeType).toHaveAccessibleDescription(t.incomeTypeHint);
  await expect(incomeType.locator(`optgroup[label="${t.registeredIncomes}"] option`)).toHaveText(
    Object.values(t.registeredIncomeTypes),
  );
  await expect(incomeType.locator(`optgroup[label="${t.unregisteredIncomes}"] option`)).toHaveText(
    Object.values(catalogs.en.wizard.declarations.types),
  );
  // "1.200" could be 1200 or 1.20: the separator is named, not guessed.
  await incomeType.selectOption({ label: t.registeredIncomeTypes.WAGE });
  await page.getByLabel(t.monthly).fill("1.200");
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByText(catalogs.en.errors.amountThousandsSeparator)).toBeVisible();

  // A report without its date is refused in the page's language; what was typed stays.
  await page.getByLabel(t.monthly).fill("4500");
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByText(catalogs.en.errors.changeDateFormat)).toBeVisible();
  await expect(page.getByText(catalogs.en.errors.amountThousandsSeparator)).toHaveCount(0);
  await expect(page.getByLabel(t.monthly)).toHaveValue("4500");

  // A day not on the calendar asks for a real date, as the wizard does, not for "the date" that was typed.
  await page.getByLabel(t.changedOn).fill("31.02.2026");
  await page.getByRole("button", { name: t.submit }).click();
  await expect(page.getByText(catalogs.en.errors.dateFormat)).toBeVisible();
  await expect(page.getByText(catalogs.en.errors.changeDateFormat)).toHaveCount(0);

  // Typed as on every citizen form, day.month.year, whatever the browser's language. Sent with no connection, the
  // report waits for it and the page says so, not only with a greyed-out button; it goes once the connection is back.
  await page.getByLabel(t.changedOn).fill(todayTyped);
  await page.context().setOffline(true);
  await page.getByRole("button", { name: t.submit }).click();
  const waiting = page.getByTestId("waiting-for-connection");
  await expect(waiting).toHaveText(catalogs.en.applicationPage.waitingForConnection);
  await expect(waiting).toHaveRole("status");
  await page.context().setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: t.sent })).toBeVisible();
  await expect(waiting).toHaveCount(0);
  const report = await db().changeReport.findFirstOrThrow({ where: { applicationId } });
  expect(report).toMatchObject({ kind: "INCOME_GAINED", reportedInTime: true });
  expect(report.details).toMatchObject({ type: "WAGE", registered: true, monthlyQepik: 450_000 });
  await expect(page.getByTestId("change-report")).toContainText(t.registeredIncomeTypes.WAGE);

  // The background run reassesses it; the page shows the decision when it is made (polled with a deadline).
  await untilReassessed(applicationId, report.id);
  const decided = await db().changeReport.findUniqueOrThrow({ where: { id: report.id } });
  const decision = await db().decision.findUniqueOrThrow({ where: { id: decided.resultDecisionId ?? "" } });
  expect(decision.final).toBe(true);
  expect(decision.effectiveFrom).not.toBeNull();
  await page.reload();
  await expect(page.getByTestId("change-report-status")).toHaveText(t.status.DECIDED);
  await expect(page.getByTestId("change-report-decision")).toBeVisible();
  // The report says whom it concerns, the amount and the day of the change (it gave only the kind and the report's day).
  const subject = page.getByTestId("change-report-subject");
  await expect(subject).toContainText(`${rep.firstName} ${rep.lastName}`);
  await expect(subject).toContainText(/4,500\.00\sAZN a month, changed on \w+ \d{1,2}, \d{4}/);
  const decisions = page.getByTestId("timeline").locator('[data-kind="DECISION"]');
  await expect(decisions).toHaveCount(2);
  // The new decision rules from its effective day, not from the start of the period (the months before stay).
  const events = catalogs.en.applicationPage.events;
  const prefix = (text: string) => text.slice(0, text.indexOf("{"));
  await expect(decisions.last()).toContainText(
    decision.outcome === "ASSIGN" ? prefix(events.DECISION_CHANGED) : prefix(events.DECISION_ENDED),
  );
  // The letter names the change it follows; an assignment's reason gives the months the new amount is in force.
  await page.goto(`/en/applications/${applicationId}/letter`);
  await expect(page.getByText(/^This decision follows the change reported on /)).toContainText(
    `${rep.firstName} ${rep.lastName} receives an income (a job with a labour contract, 4,500.00 AZN a month)`,
  );
  if (decision.outcome === "ASSIGN")
    await expect(page.getByText(/the month in which the change was reported/)).toBeVisible();

  // The first decision's letter was not lost to the change: the family's page lists both letters, newest first,
  // and the first still opens, on its page and as its PDF, on a 360 px phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/en/applications/${applicationId}`);
  const letters = page.getByTestId("letters").getByTestId("letter-item");
  await expect(letters).toHaveCount(2);
  await expect(letters.first()).toHaveAttribute("data-kind", "CHANGE");
  await expect(letters.first()).toContainText(catalogs.en.applicationPage.letters.kind.CHANGE);
  await expect(letters.last()).toHaveAttribute("data-kind", "DECISION");
  // Two letters of one day are told apart: each gives its time and what it decided, and each PDF has a name of its own.
  for (const item of await letters.all()) await expect(item.locator("time")).toHaveText(/\d{2}:\d{2}$/);
  await expect(letters.getByTestId("letter-item-outcome")).toHaveCount(2);
  const pdfNames = await Promise.all(
    (await letters.getByTestId("letter-item-pdf").all()).map(async (link) => {
      const response = await page.request.get((await link.getAttribute("href")) ?? "");
      return response.headers()["content-disposition"];
    }),
  );
  expect(pdfNames.every((name) => /filename="vemtas-[A-Z0-9-]+-\d{4}-\d{2}-\d{2}-\d{6}\.pdf"/.test(name ?? ""))).toBe(
    true,
  );
  expect(new Set(pdfNames).size).toBe(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // One clock on the page: each entry's time on the 24-hour clock, as the visit's "09:00–13:00" beside it.
  const times = await page.getByTestId("timeline").locator("time").allTextContents();
  expect(times.length).toBeGreaterThan(2);
  for (const time of times) expect(time).toMatch(/, \d{2}:\d{2}$/);
  await letters.last().getByTestId("letter-item-page").click();
  await expect(page).toHaveURL(new RegExp(`/en/applications/${applicationId}/letter\\?decision=`));
  await expect(page.getByTestId("decision-letter")).toContainText(catalogs.en.letter.assigned);
  await expect(page.getByText(/^This decision follows the change reported on /)).toHaveCount(0);
  const firstPdf = (await page.getByTestId("letter-pdf").getAttribute("href")) ?? "";
  expect(firstPdf).toMatch(/\/letter\.pdf\?decision=/);
  const pdf = await page.request.get(firstPdf);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const firstText = (await readPdf(await pdf.body())).pages.flat().join(" ");
  expect(firstText).toContain(catalogs.en.letter.assigned);
  expect(firstText).not.toContain("This decision follows the change");
  // A decision that is not one of this application's letters reads as not found, as another family's does.
  const stranger = `/api/applications/${applicationId}/letter.pdf?decision=${encodeURIComponent("c-not-a-decision")}`;
  expect((await page.request.get(stranger)).status()).toBe(404);
  expect((await page.goto(`/en/applications/${applicationId}/letter?decision=c-not-a-decision`))?.status()).toBe(404);
});

const text = (s: string) => ({ az: s, ru: s, en: s });

/** The engine's proposal to refuse: the new wage lifts the family's income above the need criterion. */
const refusalProposal = {
  proposedOutcome: "REFUSE",
  incomeQepik: 30_000,
  amountQepik: null,
  reasons: [
    { code: "INCOME_ABOVE_CRITERION", kind: "REFUSAL", message: text("Income above the need criterion.") },
    { code: "INCOME_NEAR_THRESHOLD", kind: "REVIEW", message: text("Income near the threshold.") },
  ],
} as const;

/** What the reassessment leaves when the engine cannot decide alone: the REVIEW proposal and the report waiting. */
async function seedReportInReview(
  applicationId: string,
  reportedById: string,
  memberFin: string,
  proposed: {
    proposedOutcome: "ASSIGN" | "REFUSE";
    incomeQepik: number;
    amountQepik: number | null;
    reasons: readonly object[];
  } = {
    proposedOutcome: "ASSIGN",
    incomeQepik: 18_000,
    amountQepik: 18_000,
    reasons: [
      { code: "INCOME_BELOW_CRITERION", kind: "ASSIGNMENT", message: text("Income below the need criterion.") },
      { code: "INCOME_NEAR_THRESHOLD", kind: "REVIEW", message: text("Income near the threshold.") },
    ],
  },
) {
  const today = bakuDate(new Date());
  const current = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  const proposal = await db().decision.create({
    data: {
      applicationId,
      outcome: "REVIEW",
      proposedOutcome: proposed.proposedOutcome,
      final: false,
      decidedBy: "SYSTEM",
      memberCount: current.memberCount,
      criterionQepik: 24_600,
      incomeQepik: proposed.incomeQepik,
      amountQepik: proposed.amountQepik,
      periodFrom: current.periodFrom,
      periodTo: current.periodTo,
      reasons: proposed.reasons as Prisma.InputJsonValue,
      rulesChecked: [],
    },
  });
  return db().changeReport.create({
    data: {
      applicationId,
      decisionId: current.id,
      kind: "INCOME_GAINED",
      details: { kind: "INCOME_GAINED", memberFin, type: "WAGE", monthlyQepik: 45_000 },
      changedOn: day(today),
      reportedOn: day(today),
      reportDueOn: day(today),
      reportedInTime: true,
      status: "IN_REVIEW",
      proposalId: proposal.id,
      reportedById,
    },
  });
}

/**
 * A demo family signed in on its own page and assigned in Nəsimi, whatever the simulator's district: the seeded
 * caseworker is Nəsimi's.
 */
async function assignedInNasimi(browser: Browser, baseURL: string | undefined) {
  const family = await pickDemoFamily(db(), "assign");
  const who = applicantFor(family, "en");
  const citizen = await newCitizenPage(browser, baseURL, "en");
  await signInCitizen(citizen, { fin: who.fin, phone: who.phoneLocal, locale: "en" });
  const user = await db().user.findUniqueOrThrow({ where: { fin: who.fin } });
  const applicationId = await seedAssignment(user.id, family, e164(who.phoneLocal), "BAK-NASIMI");
  return { family, citizen, user, applicationId };
}

test("the district's caseworker answers a report the engine sent to review; the family sees the new decision", async ({
  browser,
  baseURL,
}) => {
  const { family, citizen, user, applicationId } = await assignedInNasimi(browser, baseURL);
  const report = await seedReportInReview(applicationId, user.id, family.members[0]!.fin);
  const { registrationNumber } = await db().application.findUniqueOrThrow({ where: { id: applicationId } });
  // The reassessment's answers: the commission silent about two members, the rest answered.
  const [member, otherMember] = family.members;
  await db().agencyResult.deleteMany({ where: { applicationId } });
  await db().agencyResult.createMany({
    data: [
      { applicationId, agency: "disability", memberFin: member!.fin, available: false },
      { applicationId, agency: "disability", memberFin: otherMember?.fin ?? "", available: false },
      { applicationId, agency: "population", memberFin: member!.fin, available: true },
      { applicationId, agency: "electricity", available: true },
    ],
  });

  const staff = await newStaffPage(browser, baseURL);
  await signInStaff(staff, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await expect(staff.getByTestId("change-report-queue-title")).toHaveText(/\(\d+\)$/);
  await staff.getByTestId("change-report-queue").getByRole("link", { name: registrationNumber! }).click();
  await expect(staff).toHaveURL(new RegExp(`/en/staff/applications/${applicationId}`));
  // The report's days read as dates in the page's language (they were printed ISO, "2026-12-05 → 2026-12-07").
  await expect(staff.getByTestId("staff-change-report").first()).toContainText(
    /changed \w+ \d{1,2}, \d{4}, reported \w+ \d{1,2}, \d{4}/,
  );
  const answer = staff.getByTestId("change-report-answer");
  // Stored before the form asked whether a register holds it: named as the family chose it then ("Wages").
  await expect(answer.getByTestId("change-report-what")).toContainText(t.earlierIncomeTypes.WAGE);
  await expect(answer.getByTestId("change-report-proposal")).toHaveText("assign assistance");
  await expect(answer).toContainText("Income near the threshold.");
  // The count and each silent agency once, the whole list folded (a family of four had some 64 lines).
  const agencies = answer.getByTestId("change-report-agencies");
  await expect(agencies).toContainText("2 of 4 answers received");
  await expect(agencies.getByTestId("change-report-unanswered").getByRole("listitem")).toHaveCount(1);
  await expect(agencies.getByTestId("change-report-unanswered")).toContainText("Medical-social expert commission");
  await expect(agencies.getByText("Population registry")).toBeHidden();
  await agencies.getByText("All answers (4)").click();
  await expect(agencies.getByText(/Population registry/)).toBeVisible();

  // Nothing chosen, no reason: each field says why, in the page's language, and the summary names and links each
  // (it said only "Some of the information is not valid"); the radio buttons are framed and the cursor goes to the
  // first of them.
  await answer.getByRole("button", { name: t.staff.answer.submit }).click();
  await expect(answer.getByTestId("field-error")).toHaveText([
    catalogs.en.errors.required,
    catalogs.en.errors.required,
  ]);
  const problems = answer.getByTestId("change-report-answer-errors");
  await expect(problems.getByRole("listitem")).toHaveText([
    `${t.staff.answer.outcome}: ${catalogs.en.errors.required}`,
    `${t.staff.reason}: ${catalogs.en.errors.required}`,
  ]);
  await expect(problems.getByRole("link").nth(0)).toHaveAttribute("href", `#outcome-${report.id}`);
  await expect(problems.getByRole("link").nth(1)).toHaveAttribute("href", `#reason-${report.id}`);
  await expect(problems).not.toContainText(catalogs.en.errors.invalidInput);
  const outcomeGroup = answer.getByRole("group", { name: t.staff.answer.outcome, exact: true });
  await expect(outcomeGroup).toHaveAttribute("aria-invalid", "true");
  await expect(outcomeGroup).toHaveClass(/border-red-700/);
  await expect(answer.getByLabel(new RegExp(t.staff.answer.asProposed))).toBeFocused();
  await expect(answer.getByLabel(t.staff.reason)).toHaveAttribute("aria-invalid", "true");

  // The same case open in a second tab, answered there too once the first answer is in.
  const second = await staff.context().newPage();
  await second.goto(staff.url());
  const secondAnswer = second.getByTestId("change-report-answer");
  await secondAnswer.getByLabel(new RegExp(t.staff.answer.asProposed)).check();
  await secondAnswer.getByLabel(t.staff.reason).fill("Answered in a second tab, after the first answer went in.");

  await answer.getByLabel(new RegExp(t.staff.answer.asProposed)).check();
  await answer.getByLabel(t.staff.reason).fill("The new wage keeps the family below the need criterion.");
  await answer.getByRole("button", { name: t.staff.answer.submit }).click();
  await expect(answer.getByRole("status")).toHaveText(t.status.DECIDED);
  // The card keeps the answer: what, from when, by whom, why; and what is paid this month (the earlier 250.00:
  // the answer rules from the 1st of next month). It read only "Decided", and the amount paid now "—".
  const answered = answer.getByTestId("change-report-decided");
  await expect(answered).toContainText(
    /Assistance goes on: 180\.00\sAZN a month from \w+ 1, \d{4} \(as the engine proposes\)/,
  );
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  await expect(answered).toContainText(caseworker.name);
  await expect(answered).toContainText(t.staff.answer.decidedAt);
  await expect(answered).toContainText("The new wage keeps the family below the need criterion.");
  await expect(answer.getByTestId("change-report-current-amount")).toHaveText(/250\.00/);

  // The second tab is told the report was answered already (it read "This case has no decision to act on").
  await secondAnswer.getByRole("button", { name: t.staff.answer.submit }).click();
  await expect(secondAnswer.getByText(catalogs.en.errors.changeReportAnswered)).toBeVisible();
  // A refusal of the whole form stands alone in the summary, which takes the cursor.
  const secondProblems = secondAnswer.getByTestId("change-report-answer-errors");
  await expect(secondProblems).toHaveText(catalogs.en.errors.changeReportAnswered);
  await expect(secondProblems).toBeFocused();
  await second.close();

  const decided = await db().changeReport.findUniqueOrThrow({ where: { id: report.id } });
  expect(decided.status).toBe("DECIDED");
  const decision = await db().decision.findUniqueOrThrow({ where: { id: decided.resultDecisionId ?? "" } });
  expect(decision).toMatchObject({ outcome: "ASSIGN", amountQepik: 18_000, final: true });
  // The case file lists the changes in its contents; the entry names the member and the amount, and gives the outcome
  // with a link to the decision.
  await expect(
    staff.getByRole("navigation", { name: workspace.wsCaseFile.contents }).getByRole("link", { name: t.staff.title }),
  ).toHaveAttribute("href", "#cf-changes");
  const entry = staff.getByTestId("staff-change-report").first();
  await expect(entry).toContainText(`${member!.firstName} ${member!.lastName}, 450.00`);
  await expect(entry.getByTestId("staff-change-outcome")).toContainText("180.00");
  await expect(entry.getByRole("link", { name: t.staff.toDecision })).toHaveAttribute(
    "href",
    `#decision-${decision.id}`,
  );
  expect(await db().auditLog.count({ where: { action: "change.decide", entityId: report.id } })).toBe(1);

  // The family's page shows it; the background run tells the family by its channel.
  await citizen.goto(`/en/applications/${applicationId}`);
  await expect(citizen.getByTestId("change-report-status")).toHaveText(t.status.DECIDED);
  await expect(citizen.getByTestId("change-report-decision")).toContainText("180.00");
  await eventually(db(), applicationId, "the family is told the new decision", () =>
    db().notification.findFirst({
      where: { dedupeKey: `${applicationId}:CHANGE_DECISION:${decision.id}`, status: { in: ["SENT", "DELIVERED"] } },
    }),
  );
});

test("a caseworker records a change the family told the office; it is reassessed and both pages show it", async ({
  browser,
  baseURL,
}) => {
  const { family, citizen, applicationId } = await assignedInNasimi(browser, baseURL);
  const rep = family.members[0]!;
  const note = "The applicant came to the office with the new labour contract.";

  const staff = await newStaffPage(browser, baseURL);
  await signInStaff(staff, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await staff.goto(`/en/staff/applications/${applicationId}`);
  const office = staff.getByTestId("staff-change-office");
  await expect(office.getByRole("heading", { name: t.staff.office.title })).toBeVisible();

  // Nothing filled: the kind, the day and the note are each asked for, in the page's language, and nothing is sent.
  await office.getByRole("button", { name: t.staff.office.submit }).click();
  await expect(office.getByTestId("field-error")).toHaveText([
    catalogs.en.errors.required,
    catalogs.en.errors.changeDateFormat,
    catalogs.en.errors.required,
  ]);
  await expect(office.getByLabel(t.kind)).toBeFocused();
  // Staff record what the family told them: the kinds read "the family moved", not the family's "we moved".
  await expect(office.getByLabel(t.kind).locator("option:not([value=''])")).toHaveText(Object.values(t.staff.kinds));
  // No staff date field is a birth date: the days' examples are today's, not 14.05.1988.
  const todayTyped = bakuDate(new Date()).split("-").reverse().join(".");
  await expect(office.getByText(t.changedOnHint.replace("{example}", todayTyped))).toBeVisible();
  await expect(staff.getByLabel(t.staff.finding.foundOn)).toHaveAccessibleDescription(
    catalogs.en.common.dateHintExample.replace("{example}", todayTyped),
  );
  await expect(staff.getByText(catalogs.en.common.dateHint)).toHaveCount(0);

  await office.getByLabel(t.kind).selectOption("INCOME_GAINED");
  await office.getByLabel(t.member).selectOption(rep.fin);
  await office.getByLabel(t.incomeType).selectOption({ label: t.registeredIncomeTypes.WAGE });
  await office.getByLabel(t.monthly).fill("4500");
  await office.getByLabel(t.changedOn).fill(bakuDate(new Date()).split("-").reverse().join("."));
  await office.getByLabel(t.staff.office.note).fill(note);
  await office.getByRole("button", { name: t.staff.office.submit }).click();
  await expect(staff.getByTestId("staff-change-recorded")).toHaveText(t.staff.office.sent);
  // One open report at a time: the form gives way to the report in the list.
  await expect(office).toHaveCount(0);
  const report = await db().changeReport.findFirstOrThrow({ where: { applicationId } });
  const caseworker = await db().user.findUniqueOrThrow({ where: { email: "caseworker.nasimi@vemtas.local" } });
  expect(report).toMatchObject({ kind: "INCOME_GAINED", byStaff: true, staffNote: note, reportedById: caseworker.id });

  // The background run reassesses it as a report from the family's page (polled with a deadline).
  await untilReassessed(applicationId, report.id);
  await staff.reload();
  const listed = staff.getByTestId("staff-change-report");
  await expect(listed).toContainText(t.status.DECIDED);
  await expect(listed).toContainText(t.staff.atOffice.replace("{note}", note));
  await expect(listed).toContainText(`${t.staff.kinds.INCOME_GAINED} (${t.registeredIncomeTypes.WAGE})`);

  // The family's page says it was reported at the office, and shows the outcome; staff's note stays with staff.
  await citizen.goto(`/en/applications/${applicationId}`);
  const mine = citizen.getByTestId("change-report");
  await expect(mine).toContainText(t.atOffice);
  await expect(mine).toContainText(`${t.kinds.INCOME_GAINED} (${t.registeredIncomeTypes.WAGE})`);
  await expect(citizen.getByTestId("change-report-status")).toHaveText(t.status.DECIDED);
  await expect(citizen.getByTestId("change-report-decision")).toBeVisible();
  await expect(citizen.getByText(note)).toHaveCount(0);
});

test("a caseworker's answer ends the assistance: the family still sees its months and from when it ends", async ({
  browser,
  baseURL,
}) => {
  const { family, citizen, user, applicationId } = await assignedInNasimi(browser, baseURL);
  // The assignment's twelve months as the chain plans them, this month's already credited to the card.
  const current = await db().decision.findFirstOrThrow({ where: { applicationId, final: true } });
  const thisMonth = monthOf(bakuDate(new Date()));
  const months = Array.from({ length: 12 }, (_, i) => addMonthsToYearMonth(thisMonth, i));
  await db().monthlyEntitlement.createMany({
    data: months.map((m, i) => ({
      applicationId,
      decisionId: current.id,
      month: day(`${m}-01`),
      amountQepik: 25_000,
      status: i === 0 ? ("CREDITED" as const) : ("PLANNED" as const),
    })),
  });
  const report = await seedReportInReview(applicationId, user.id, family.members[0]!.fin, refusalProposal);

  // The caseworker answers as the engine proposes: the assistance ends from the 1st of next month.
  const staff = await newStaffPage(browser, baseURL);
  await signInStaff(staff, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await staff.goto(`/en/staff/applications/${applicationId}`);
  const answer = staff.getByTestId("change-report-answer");
  await answer.getByLabel(new RegExp(t.staff.answer.asProposed)).check();
  await answer.getByLabel(t.staff.reason).fill("The new wage lifts the family's income above the need criterion.");
  await answer.getByRole("button", { name: t.staff.answer.submit }).click();
  await expect(answer.getByRole("status")).toHaveText(t.status.DECIDED);
  const decided = await db().changeReport.findUniqueOrThrow({ where: { id: report.id } });
  const ending = await db().decision.findUniqueOrThrow({ where: { id: decided.resultDecisionId ?? "" } });
  expect(ending).toMatchObject({ outcome: "REFUSE", final: true });
  const from = ending.effectiveFrom?.toISOString().slice(0, 10) ?? "";
  expect(from).toBe(`${months[1]}-01`);

  // The background run re-plans the months: the ones from that day are cancelled, this month's stays credited.
  await eventually(db(), applicationId, "the months from the end are cancelled", async () =>
    (await db().monthlyEntitlement.count({ where: { applicationId, status: "CANCELLED" } })) === 11 ? true : null,
  );

  // The family's page keeps the Payments section: every month, and the line saying from when the assistance ends
  // (it hid the whole section); nothing that needs the assistance running is offered.
  const long = (iso: string) =>
    new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  await citizen.goto(`/en/applications/${applicationId}`);
  const payments = citizen.getByTestId("family-payments");
  await expect(payments.getByRole("heading", { name: year.assistanceYear.title })).toBeVisible();
  await expect(payments.getByTestId("assistance-ended")).toHaveText(
    year.assistanceYear.endsFrom.replace("{date}", long(from)),
  );
  await expect(payments.getByTestId("payment-months").locator("tbody tr")).toHaveCount(12);
  await expect(payments.getByTestId(`month-${months[0]}`)).toHaveAttribute("data-status", "CREDITED");
  await expect(payments.getByTestId(`month-${months[1]}`)).toHaveAttribute("data-status", "CANCELLED");
  await expect(payments.getByTestId(`month-${months[1]}`)).toContainText(year.assistanceYear.view.CANCELLED);
  await expect(payments.getByTestId("assignment-summary")).toHaveCount(0);
  await expect(citizen.getByTestId("resume-payments")).toHaveCount(0);
  await expect(citizen.getByTestId("renewal-offer")).toHaveCount(0);
  await expect(citizen.getByTestId("card-branch")).toHaveCount(0);

  // The staff case file says the same in its Payments section, and the decision says from when it is in force,
  // in the page's day format (it showed "Refused · Final" with no day).
  const medium = (iso: string) =>
    new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  await staff.reload();
  await expect(staff.getByTestId("staff-payments").getByTestId("assistance-ended")).toHaveText(
    year.assistanceYear.endsFrom.replace("{date}", long(from)),
  );
  await expect(staff.getByTestId("staff-payments").getByTestId(`month-${months[1]}`)).toHaveAttribute(
    "data-status",
    "CANCELLED",
  );
  const inForce = staff.locator("#cf-decisions").getByTestId("decision-in-force");
  await expect(inForce).toHaveCount(1);
  await expect(inForce).toContainText(workspace.wsCaseFile.inForceFrom.replace("{date}", medium(from)));
});
