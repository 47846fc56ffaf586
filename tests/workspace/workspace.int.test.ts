import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import {
  applicationAwaitingConfirmation,
  applicationInReview,
  assignedWithBankOrder,
  continuedCardOrder,
  submittedApplication,
} from "../support/case-fixtures";
import { seedReference, staffSession, citizenSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { withAgencyAnswers } from "../support/workspace-fixtures";
import { requestAgencyAgain } from "@/server/services/workspace/request-agency-again";
import { CASELOAD_COUNTS } from "@/lib/workspace/caseload-counts";
import type { AgencyGateway } from "@/server/integrations/agencies/gateway-client";
import { codeOf } from "../support/trpc-outcome";

const testDb = migratedDbPerFile("workspace");
const now = new Date("2026-03-10T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let caseworker: SessionUser;
let supervisor: SessionUser;
let admin: SessionUser;
let inspector: SessionUser;
let sabunchuCaseworker: SessionUser;

const audits = (where: { action: string; actorUserId?: string; applicationId?: string }) =>
  testDb.current().db.auditLog.count({ where });
async function familyWithAnswers(
  applicationDate = "2026-03-02",
  status: "INSPECTION_SCHEDULED" | "AWAITING_REVIEW" = "INSPECTION_SCHEDULED",
) {
  const { db } = testDb.current();
  const { application, fins } = await submittedApplication(db, { districtCode: "BAK-NASIMI", applicationDate, status });
  await withAgencyAnswers(db, {
    applicationId: application.id,
    applicantFin: fins[0] ?? "",
    childFin: fins[1] ?? "",
    askedAt: new Date("2026-03-02T10:00:00Z"),
  });
  return { application, fins };
}

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  admin = await staffSession(db, "admin@vemtas.local");
  inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
});

describe("the case file of any application", () => {
  it("shows each agency's answer, the facts used and the discrepancy, and audits the read", async () => {
    const { application, fins } = await familyWithAnswers();
    const { db } = testDb.current();
    await db.declaredAsset.create({
      data: {
        applicationId: application.id,
        kind: "LAND",
        details: { description: "Garden behind the house", areaM2: 600 },
        valueQepik: 4_500_000,
      },
    });
    const file = await api(caseworker).workspace.caseFile({ applicationId: application.id });
    // What the family wrote of an asset is read beside its value.
    expect(file.application.declaredAssets).toEqual([
      { kind: "LAND", valueQepik: 4_500_000, description: "Garden behind the house", areaM2: 600, count: null },
    ]);

    const car = file.agencies.find((a) => a.agency === "vehicles" && a.memberFin === fins[0]);
    expect(car).toMatchObject({ answer: "OK", requests: 1, failedBefore: false, lastOutcome: "OK", failure: null });
    expect(car?.facts).toEqual([
      { kind: "vehicle", memberFin: fins[0], code: "OWNER", values: { plate: "10-AB-123", rehabilitation: false } },
    ]);
    expect(file.agencies.find((a) => a.agency === "disability" && a.memberFin === fins[1])).toMatchObject({
      answer: "UNAVAILABLE",
      failure: "TIMEOUT",
      answeredAt: null,
    });
    expect(file.agencies.find((a) => a.agency === "tax" && a.memberFin === fins[0])).toMatchObject({
      answer: "NOT_ASKED",
      requests: 0,
    });
    expect(file.discrepancies).toContainEqual({
      memberFin: null,
      field: "assets.VEHICLE",
      kind: "UNDECLARED",
      declared: 0,
      verified: 1,
      source: "AGENCY:vehicles",
    });
    expect(file.application.members.map((m) => m.fin)).toEqual(fins);
    expect(file.viewer.canAddNote).toBe(true);

    expect(
      await audits({ action: "application.caseFile.read", actorUserId: caseworker.id, applicationId: application.id }),
    ).toBe(1);
  });

  it("is not found in another district and forbidden to citizens and inspectors; nothing is audited for them", async () => {
    const { application, fins } = await familyWithAnswers();
    expect(await codeOf(api(sabunchuCaseworker).workspace.caseFile({ applicationId: application.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(api(inspector).workspace.caseFile({ applicationId: application.id }))).toBe("FORBIDDEN");
    const citizen = await citizenSession(testDb.current().db, fins[0] ?? "");
    expect(await codeOf(api(citizen).workspace.caseFile({ applicationId: application.id }))).toBe("FORBIDDEN");
    expect(await audits({ action: "application.caseFile.read", applicationId: application.id })).toBe(0);
    // The ministry's administrators see every district, read-only: no note form.
    const file = await api(admin).workspace.caseFile({ applicationId: application.id });
    expect(file.viewer.canAddNote).toBe(false);
  });

  it("takes a note from the district's staff only, audits it, and shows it with its author", async () => {
    const { application } = await familyWithAnswers();
    await api(caseworker).application.addNote({
      applicationId: application.id,
      text: "The family called: the car was sold in 2024.",
    });
    expect(await audits({ action: "caseNote.create", actorUserId: caseworker.id, applicationId: application.id })).toBe(
      1,
    );
    expect(
      await codeOf(api(sabunchuCaseworker).application.addNote({ applicationId: application.id, text: "x" })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(api(admin).application.addNote({ applicationId: application.id, text: "x" }))).toBe(
      "FORBIDDEN",
    );
    const file = await api(supervisor).workspace.caseFile({ applicationId: application.id });
    expect(file.notes).toMatchObject([
      { text: "The family called: the car was sold in 2024.", author: caseworker.name },
    ]);
    expect(file.history.audit.map((a) => a.action)).toContain("caseNote.create");
  });

  it("gives each decision the day it rules from: none for the assignment, the 1st of a month for a later one", async () => {
    const { db } = testDb.current();
    const { application, decision } = await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-01-12",
      status: "OPENED",
      requestedAt: new Date("2026-01-20T09:00:00Z"),
    });
    // A change report reassessed to a refusal in February: the assistance stops from 1 March.
    const ending = await db.decision.create({
      data: {
        applicationId: application.id,
        outcome: "REFUSE",
        final: true,
        decidedBy: "SYSTEM",
        effectiveFrom: new Date("2026-03-01T00:00:00Z"),
        reasons: [],
        rulesChecked: [],
      },
    });
    const file = await api(caseworker).workspace.caseFile({ applicationId: application.id });
    expect(file.decisions.map((d) => [d.id, d.outcome, d.effectiveFrom])).toEqual([
      [decision.id, "ASSIGN", null],
      [ending.id, "REFUSE", "2026-03-01"],
    ]);
    // Another district's caseworker still reads nothing of it.
    expect(await codeOf(api(sabunchuCaseworker).workspace.caseFile({ applicationId: application.id }))).toBe(
      "NOT_FOUND",
    );
  });
});

describe("a renewal continuing on the family's card account", () => {
  it("is marked on both case files: no card to collect on the renewal's, the renewal it also pays on the earlier's", async () => {
    const { db } = testDb.current();
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    // The family's assignment of April 2025 – March 2026, paid to a card collected on 20 April 2025.
    const earlier = await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2025-04-02",
      status: "OPENED",
      requestedAt: day("2025-04-10"),
    });
    const opened = await db.bankAccountOrder.update({
      where: { id: earlier.order.id },
      data: {
        accountMasked: "AZ21 **** 0001",
        branchName: "Nəsimi filialı",
        branchAddress: "Bakı, Nəsimi rayonu",
        cardPickupDate: day("2025-04-20"),
        answeredAt: day("2025-04-12"),
      },
    });
    // Its renewal of 2 March 2026 continues on that account (reuse-card-account.ts).
    const renewal = await db.application.create({
      data: {
        applicantId: earlier.application.applicantId,
        status: "ASSIGNED",
        districtCode: "BAK-NASIMI",
        registrationNumber: `${earlier.application.registrationNumber}-R`,
        contactPhone: "+994501234567",
        submittedAt: day("2026-03-02"),
        applicationDate: day("2026-03-02"),
      },
    });
    const decision = await db.decision.create({
      data: {
        applicationId: renewal.id,
        outcome: "ASSIGN",
        amountQepik: 26_000,
        periodFrom: day("2026-03-01"),
        periodTo: day("2027-02-28"),
        reasons: [],
        rulesChecked: [],
        decidedBy: "SYSTEM",
        final: true,
      },
    });
    await continuedCardOrder(db, { applicationId: renewal.id, decisionId: decision.id }, opened, now);
    const notice = (applicationId: string, decisionId: string, sameCard: boolean) =>
      db.notification.create({
        data: {
          applicationId,
          kind: "BANK_CARD_PICKUP",
          channel: "SMS",
          locale: "en",
          recipient: "+994501234567",
          body: "…",
          payload: { decisionId, accountMasked: "AZ21 **** 0001", sameCard },
          status: "SENT",
          dedupeKey: `${applicationId}:BANK_CARD_PICKUP:${decisionId}`,
        },
      });
    await notice(earlier.application.id, earlier.decision.id, false);
    await notice(renewal.id, decision.id, true);

    const renewalFile = await api(caseworker).workspace.caseFile({ applicationId: renewal.id });
    expect(renewalFile.bankOrders).toEqual([
      expect.objectContaining({
        continuesAccountOf: earlier.application.registrationNumber,
        cardPickupDate: null,
        alsoPays: [],
      }),
    ]);
    expect(renewalFile.messages).toEqual([expect.objectContaining({ kind: "BANK_CARD_PICKUP", sameCard: true })]);

    const earlierFile = await api(caseworker).workspace.caseFile({ applicationId: earlier.application.id });
    expect(earlierFile.bankOrders).toEqual([
      expect.objectContaining({
        continuesAccountOf: null,
        cardPickupDate: "2025-04-20",
        alsoPays: [renewal.registrationNumber],
      }),
    ]);
    expect(earlierFile.messages).toEqual([expect.objectContaining({ kind: "BANK_CARD_PICKUP", sameCard: false })]);
  });

  it("says whether the application has payment months, as the family's page does, after the assignment too", async () => {
    const { db } = testDb.current();
    const ended = await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-01-12",
      status: "OPENED",
      requestedAt: new Date("2026-01-20T09:00:00Z"),
    });
    const hasMonths = async () =>
      (await api(caseworker).workspace.caseFile({ applicationId: ended.application.id })).application.hasPaymentMonths;
    expect(await hasMonths()).toBe(false);
    await db.monthlyEntitlement.create({
      data: {
        applicationId: ended.application.id,
        decisionId: ended.decision.id,
        month: new Date("2026-01-01T00:00:00Z"),
        amountQepik: 26_000,
        status: "CREDITED",
      },
    });
    // A later decision ended the assignment: the month paid under it stays on both pages.
    await db.application.update({ where: { id: ended.application.id }, data: { status: "REFUSED" } });
    expect(await hasMonths()).toBe(true);
  });
});

describe("the caseload", () => {
  it("tells a review to answer from one answered and waiting for a supervisor's confirmation", async () => {
    const { db } = testDb.current();
    const open = await applicationInReview(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-05",
      proposedOutcome: "ASSIGN",
    });
    const answered = await applicationAwaitingConfirmation(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-05",
      reviewerId: caseworker.id,
    });
    const rows = (await api(supervisor).workspace.caseload({ attentionOnly: true })).rows;
    expect(rows.find((r) => r.applicationId === open.application.id)?.flags).toContain("AWAITING_REVIEW");
    const waiting = rows.find((r) => r.applicationId === answered.application.id)?.flags;
    expect(waiting).toContain("AWAITING_CONFIRMATION");
    expect(waiting).not.toContain("AWAITING_REVIEW");
    // Each flag's link goes to the review itself (the staff home's "Review to answer" was plain text).
    expect(rows.find((r) => r.applicationId === open.application.id)?.work.reviewId).toBe(open.review.id);
    expect(rows.find((r) => r.applicationId === answered.application.id)?.work.reviewId).toBe(answered.review.id);

    // The case file's Reviews table links the review to whoever may act on it: any of the district's staff answers
    // one waiting, a supervisor other than the one who answered confirms one; an administrator only reads.
    const act = async (user: SessionUser, applicationId: string) =>
      (await api(user).workspace.caseFile({ applicationId })).reviews.map((r) => r.act);
    expect(await act(caseworker, open.application.id)).toEqual(["answer"]);
    expect(await act(admin, open.application.id)).toEqual([null]);
    expect(await act(supervisor, answered.application.id)).toEqual(["confirm"]);
    expect(await act(caseworker, answered.application.id)).toEqual([null]);
  });

  it("counts a review waiting for the supervisor's confirmation as awaiting the supervisor, and each figure opens its own cases", async () => {
    const { db } = testDb.current();
    const byCaseworker = await applicationAwaitingConfirmation(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-05",
      reviewerId: caseworker.id,
    });
    // Answered by the supervisor: another supervisor confirms it, so it is not this one's to act on.
    const bySupervisor = await applicationAwaitingConfirmation(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-05",
      reviewerId: supervisor.id,
    });

    const load = await api(supervisor).workspace.caseload({ attentionOnly: true });
    const waiting = await api(supervisor).workspace.caseload({ kind: "awaitingReview" });
    const ids = waiting.rows.map((r) => r.applicationId);
    expect(ids).toContain(byCaseworker.application.id);
    expect(ids).not.toContain(bySupervisor.application.id);
    expect(load.counts.awaitingReview).toBe(waiting.rows.length);
    expect(load.counts.awaitingReview).toBe(
      load.rows.filter((r) =>
        r.flags.some(
          (f) =>
            f === "AWAITING_REVIEW" ||
            (f === "AWAITING_CONFIRMATION" && r.applicationId !== bySupervisor.application.id),
        ),
      ).length,
    );

    // A caseworker cannot confirm: the figure is the reviews to answer.
    const caseworkers = await api(caseworker).workspace.caseload({ kind: "awaitingReview" });
    expect(caseworkers.rows.map((r) => r.applicationId)).not.toContain(byCaseworker.application.id);
    expect(caseworkers.rows.every((r) => r.flags.includes("AWAITING_REVIEW"))).toBe(true);
    expect(caseworkers.counts.awaitingReview).toBe(caseworkers.rows.length);

    // Every figure is the length of the list it links to.
    for (const kind of CASELOAD_COUNTS) {
      const list = await api(supervisor).workspace.caseload({ kind });
      expect([kind, list.rows.length]).toEqual([kind, load.counts[kind]]);
    }
  });

  it("lists open cases by days left, overdue first and flagged, with counts; another district sees none of them", async () => {
    const overdue = await familyWithAnswers("2026-03-02");
    const later = await familyWithAnswers("2026-03-20");
    const load = await api(caseworker).workspace.caseload({ attentionOnly: false });
    const ids = load.rows.map((r) => r.applicationId);
    expect(ids.indexOf(overdue.application.id)).toBeLessThan(ids.indexOf(later.application.id));
    const row = load.rows.find((r) => r.applicationId === overdue.application.id);
    // The fixture's decision is due on the application date: 8 days before 10 March.
    expect(row).toMatchObject({ daysLeft: -8, applicantName: "Aynur Məmmədova", applicantFin: overdue.fins[0] });
    // An open case shows its decision deadline; it waits on no appeal or change.
    expect(row).toMatchObject({ decisionDueOn: "2026-03-02", waitingOn: [] });
    expect(row?.flags).toEqual(expect.arrayContaining(["OVERDUE", "AGENCY_UNANSWERED"]));
    expect(load.rows.find((r) => r.applicationId === later.application.id)).toMatchObject({ daysLeft: 10 });
    expect(load.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(load.counts.open).toBe(load.rows.length);
    expect(await audits({ action: "caseload.list", actorUserId: caseworker.id })).toBeGreaterThanOrEqual(1);

    const elsewhere = await api(sabunchuCaseworker).workspace.caseload({});
    expect(elsewhere.rows.map((r) => r.applicationId)).not.toContain(overdue.application.id);
    expect(await codeOf(api(admin).workspace.caseload({}))).toBe("FORBIDDEN");
  });

  it("lists a decided case with a reported change in review or an appeal to answer, flagged and counted", async () => {
    const { db } = testDb.current();
    const changed = await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-10",
      status: "OPENED",
      requestedAt: new Date("2026-02-20T09:00:00Z"),
    });
    // Two reports in review, the later one written first: the case waits since the older one.
    for (const reportedOn of ["2026-03-05", "2026-03-02"])
      await db.changeReport.create({
        data: {
          applicationId: changed.application.id,
          decisionId: changed.decision.id,
          kind: "MEMBER_LEFT",
          details: { kind: "MEMBER_LEFT", memberFin: changed.fins[1] },
          changedOn: new Date("2026-03-01T00:00:00Z"),
          reportedOn: new Date(`${reportedOn}T00:00:00Z`),
          reportDueOn: new Date("2026-03-20T00:00:00Z"),
          reportedInTime: true,
          status: "IN_REVIEW",
          reportedById: changed.application.applicantId,
        },
      });
    const appealed = await assignedWithBankOrder(db, {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-02-11",
      status: "OPENED",
      requestedAt: new Date("2026-02-20T09:00:00Z"),
    });
    await db.application.update({ where: { id: appealed.application.id }, data: { status: "REFUSED" } });
    await db.decision.update({ where: { id: appealed.decision.id }, data: { outcome: "REFUSE", amountQepik: null } });
    await db.appeal.create({
      data: {
        applicationId: appealed.application.id,
        decisionId: appealed.decision.id,
        reason: "The car was sold.",
        // 21:30 UTC on 3 March is 4 March in Baku.
        submittedAt: new Date("2026-03-03T21:30:00Z"),
      },
    });
    const load = await api(caseworker).workspace.caseload({ attentionOnly: true });
    const changedRow = load.rows.find((r) => r.applicationId === changed.application.id);
    const appealedRow = load.rows.find((r) => r.applicationId === appealed.application.id);
    expect(changedRow?.flags).toEqual(["CHANGE_TO_ANSWER"]);
    expect(appealedRow?.flags).toEqual(["APPEAL_TO_ANSWER"]);
    // Their decision deadlines were met long ago: none is shown or counted, but what the family waits on and since
    // when (a supervisor read the old deadline as the case's own).
    expect(changedRow).toMatchObject({
      decisionDueOn: null,
      daysLeft: null,
      waitingOn: [{ kind: "change", since: "2026-03-02" }],
    });
    expect(appealedRow).toMatchObject({
      decisionDueOn: null,
      daysLeft: null,
      waitingOn: [{ kind: "appeal", since: "2026-03-04" }],
    });
    expect(load.counts).toMatchObject({ changeToAnswer: 1, appealToAnswer: 1 });
    expect(load.counts.open).toBe(load.rows.filter((r) => !["ASSIGNED", "REFUSED"].includes(r.status)).length);
    const elsewhere = await api(sabunchuCaseworker).workspace.caseload({ attentionOnly: true });
    expect(elsewhere.rows.map((r) => r.applicationId)).not.toContain(changed.application.id);
  });

  it("orders every case by the day it waits for: an open one's deadline, an appeal's or a change's own day", async () => {
    const { db } = testDb.current();
    // A decided case of January: its decision deadline (the application date in the fixture) was met long ago.
    const decided = (applicationDate: string) =>
      assignedWithBankOrder(db, {
        districtCode: "BAK-NASIMI",
        applicationDate,
        status: "OPENED",
        requestedAt: new Date(`${applicationDate}T09:00:00Z`),
      });
    const changeReported = (c: Awaited<ReturnType<typeof decided>>, reportedOn: string) =>
      db.changeReport.create({
        data: {
          applicationId: c.application.id,
          decisionId: c.decision.id,
          kind: "MEMBER_LEFT",
          details: { kind: "MEMBER_LEFT", memberFin: c.fins[1] },
          changedOn: new Date("2026-02-25T00:00:00Z"),
          reportedOn: new Date(`${reportedOn}T00:00:00Z`),
          reportDueOn: new Date("2026-03-18T00:00:00Z"),
          reportedInTime: true,
          status: "IN_REVIEW",
          reportedById: c.application.applicantId,
        },
      });
    const appealFiled = (c: Awaited<ReturnType<typeof decided>>, submittedAt: string) =>
      db.appeal.create({
        data: {
          applicationId: c.application.id,
          decisionId: c.decision.id,
          reason: "The amount leaves out the child born in February.",
          submittedAt: new Date(submittedAt),
        },
      });

    const appealed = await decided("2026-01-05");
    // 21:30 UTC on 3 March is 4 March in Baku: the appeal waits from the 4th.
    await appealFiled(appealed, "2026-03-03T21:30:00Z");
    const changed = await decided("2026-01-06");
    await changeReported(changed, "2026-03-02");
    // Both: it waits from the older of the two, the change reported on the 5th.
    const both = await decided("2026-01-07");
    await appealFiled(both, "2026-03-08T08:00:00Z");
    await changeReported(both, "2026-03-05");
    const overdue = await familyWithAnswers("2026-03-03");
    const sameDay = await familyWithAnswers("2026-03-03");
    const later = await familyWithAnswers("2026-03-20");

    const expected = [changed, overdue, sameDay, appealed, both, later].map((c) => c.application.id);
    const inOrder = (rows: { applicationId: string }[]) =>
      rows.map((r) => r.applicationId).filter((id) => expected.includes(id));
    // Before, the decided cases came first, by their January deadlines, above every overdue open case.
    const load = await api(caseworker).workspace.caseload({});
    expect(inOrder(load.rows)).toEqual(expected);
    // The needs-attention list is the same order, and so is a second read (ties go to the older application).
    expect(inOrder((await api(caseworker).workspace.caseload({ attentionOnly: true })).rows)).toEqual(expected);
    expect((await api(caseworker).workspace.caseload({})).rows.map((r) => r.applicationId)).toEqual(
      load.rows.map((r) => r.applicationId),
    );
    expect(load.rows.find((r) => r.applicationId === both.application.id)?.waitingOn).toEqual([
      { kind: "appeal", since: "2026-03-08" },
      { kind: "change", since: "2026-03-05" },
    ]);

    // My cases: the caseworker's notes on all of them (written in another order), in the same order.
    for (const c of [later, both, appealed, sameDay, overdue, changed])
      await api(caseworker).application.addNote({ applicationId: c.application.id, text: "Looked at it." });
    expect(inOrder((await api(caseworker).workspace.caseload({ mine: true })).rows)).toEqual(expected);
  });

  it("gives a caseworker their own cases: those they wrote a note on", async () => {
    const mine = await familyWithAnswers();
    const notMine = await familyWithAnswers();
    await api(supervisor).application.addNote({ applicationId: mine.application.id, text: "Mine now." });
    const load = await api(supervisor).workspace.caseload({ mine: true });
    expect(load.rows.map((r) => r.applicationId)).toContain(mine.application.id);
    expect(load.rows.map((r) => r.applicationId)).not.toContain(notMine.application.id);
    expect(await audits({ action: "caseload.mine", actorUserId: supervisor.id })).toBe(1);
  });
});

describe("asking an agency again", () => {
  // The disability commission answers now: degree 60 for the child. Each request goes to the audit sink, as the real gateway's do.
  const answeringGateway = (asked: string[]): AgencyGateway => ({
    fetch: async (agency, period, ctx, audit) => {
      asked.push(`${agency} ${ctx.memberFin}`);
      await audit?.record({
        ...ctx,
        agency,
        purpose: "eligibility",
        periodFrom: period.periodFrom,
        periodTo: period.periodTo,
        attempt: 1,
        startedAt: now,
        durationMs: 50,
        outcome: "NOT_FOUND",
        httpStatus: 404,
        error: null,
      });
      return { outcome: "NOT_FOUND" };
    },
    breakerState: () => "CLOSED",
    close: () => undefined,
  });

  it("asks only for what is missing, records the request and the action, and the case file shows the answer", async () => {
    const { application, fins } = await familyWithAnswers();
    const asked: string[] = [];
    const result = await requestAgencyAgain(
      testDb.current().db,
      caseworker,
      { applicationId: application.id, agency: "disability" },
      () => answeringGateway(asked),
    );
    // The applicant was never asked (not fetched) and the child timed out: both are asked now.
    expect(asked.sort()).toEqual([`disability ${fins[0]}`, `disability ${fins[1]}`].sort());
    expect(result).toMatchObject({ agency: "disability", asked: 2, answered: 2, missing: 0 });
    expect(
      await testDb.current().db.agencyRequest.count({
        where: { applicationId: application.id, agency: "disability", requestedBy: caseworker.id },
      }),
    ).toBe(2);
    expect(
      await audits({ action: "agency.requestedAgain", actorUserId: caseworker.id, applicationId: application.id }),
    ).toBe(1);
    const file = await api(caseworker).workspace.caseFile({ applicationId: application.id });
    expect(file.agencies.find((a) => a.agency === "disability" && a.memberFin === fins[1])).toMatchObject({
      answer: "NO_RECORD",
      requests: 2,
      // Its first request timed out: the case file keeps it as a row of its own, whatever the answer says.
      failedBefore: true,
      failure: null,
    });

    // Stored answers are never asked again.
    const again: string[] = [];
    await requestAgencyAgain(
      testDb.current().db,
      caseworker,
      { applicationId: application.id, agency: "disability" },
      () => answeringGateway(again),
    );
    expect(again).toEqual([]);
  });

  it("is not found in another district and forbidden to others, before any agency is asked", async () => {
    const { application } = await familyWithAnswers();
    const asked: string[] = [];
    await expect(
      requestAgencyAgain(
        testDb.current().db,
        sabunchuCaseworker,
        { applicationId: application.id, agency: "disability" },
        () => answeringGateway(asked),
      ),
    ).rejects.toMatchObject({ code: "notFound" });
    expect(
      await codeOf(
        api(sabunchuCaseworker).workspace.requestAgencyAgain({ applicationId: application.id, agency: "disability" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(api(admin).workspace.requestAgencyAgain({ applicationId: application.id, agency: "disability" })),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(
        api(inspector).workspace.requestAgencyAgain({ applicationId: application.id, agency: "disability" }),
      ),
    ).toBe("FORBIDDEN");
    expect(asked).toEqual([]);
    expect(await audits({ action: "agency.requestedAgain", applicationId: application.id })).toBe(0);
  });
});
