import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { decideApplication } from "@/server/services/decisions/decide-application";
import { incomePeriod } from "@/server/integrations/agencies/period";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { submittedApplication } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { codeOf } from "../support/trpc-outcome";

const testDb = migratedDbPerFile("manual_agency_entry");
const now = new Date("2026-03-20T09:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });
const period = incomePeriod("2026-03-02");

let caseworker: SessionUser;
let supervisor: SessionUser;
let inspector: SessionUser;
let sabunchuCaseworker: SessionUser;
let sabunchuSupervisor: SessionUser;

const audits = (where: { action: string; actorUserId?: string; applicationId?: string }) =>
  testDb.current().db.auditLog.count({ where });

/**
 * A family of two with no income in any register the agencies answered, waiting for review because the labour
 * registry did not answer for the mother and the disability commission not for the child.
 */
async function familyWaitingForReview() {
  const { db } = testDb.current();
  const { application, fins } = await submittedApplication(db, {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-02",
    status: "AWAITING_REVIEW",
  });
  const [mother = "", child = ""] = fins;
  const header = (fin: string) => ({ fin, periodFrom: period.periodFrom, periodTo: period.periodTo });
  const unavailable = { kind: "UNAVAILABLE", outcome: "TIMEOUT", detail: null };
  await db.agencyResult.createMany({
    data: [
      ...[mother, child].map((fin) => ({
        applicationId: application.id,
        agency: "vehicles",
        memberFin: fin,
        available: true,
        data: { kind: "OK", reply: { ...header(fin), vehicles: [], registrations: [] } },
      })),
      { applicationId: application.id, agency: "labour", memberFin: mother, available: false, data: unavailable },
      { applicationId: application.id, agency: "disability", memberFin: child, available: false, data: unavailable },
    ],
  });
  const decided = await decideApplication(db, {
    applicationId: application.id,
    inspection: { status: "NOT_DONE", reason: "NOT_YET_DONE" },
    now,
  });
  if (decided.kind !== "DECIDED") throw new Error("the engine did not decide");
  return { application, mother, child, decisionId: decided.decisionId };
}

/** A full-time wage of 900 manat a month over the whole window: far above the need criterion. */
const wageFacts = JSON.stringify({
  contracts: [{ employerTin: "1234567890", position: "Accountant", from: "2020-01-01", to: null }],
  wages: period.months.map((month) => ({ month, employerTin: "1234567890", amountQepik: 90_000 })),
});
const noDisabilityFacts = JSON.stringify({ assessments: [] });

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  await seedLawData(db);
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  inspector = await staffSession(db, "inspector1.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db, "caseworker.sabunchu@vemtas.local");
  sabunchuSupervisor = await staffSession(db, "supervisor.sabunchu@vemtas.local");
});

describe("entering an agency's missing answer by hand", () => {
  it("takes effect at once when the outcome stays, re-runs the open case's proposal and marks it staff-entered", async () => {
    const { db } = testDb.current();
    const { application, child, decisionId } = await familyWaitingForReview();
    const before = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(before.proposedOutcome).toBe("ASSIGN");

    const result = await api(caseworker).workspace.enterAgencyData({
      applicationId: application.id,
      agency: "disability",
      memberFin: child,
      facts: noDisabilityFacts,
      reason: "The commission's clerk confirmed by phone: no decision on file.",
    });
    expect(result).toMatchObject({ status: "APPLIED", outcomeWithout: "ASSIGN", outcomeWith: "ASSIGN", rerun: true });

    const stored = await db.agencyResult.findUniqueOrThrow({
      where: {
        applicationId_agency_memberFin: { applicationId: application.id, agency: "disability", memberFin: child },
      },
    });
    expect(stored.available).toBe(true);
    expect(stored.data).toMatchObject({ kind: "OK", enteredBy: { entryId: result.entryId, staffId: caseworker.id } });
    const after = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(after.outcome).toBe("REVIEW");
    expect(after.figures).toMatchObject({ staffEntered: [{ agency: "disability", memberFin: child }] });
    expect(
      await audits({ action: "agencyData.entered", actorUserId: caseworker.id, applicationId: application.id }),
    ).toBe(1);

    const file = await api(caseworker).workspace.caseFile({ applicationId: application.id });
    expect(file.agencies.find((a) => a.agency === "disability" && a.memberFin === child)).toMatchObject({
      answer: "OK",
      staffEntered: { entryId: result.entryId },
    });
    expect(file.decisions[0]?.staffEntered).toEqual([{ agency: "disability", memberFin: child }]);
    expect(file.manualEntries[0]).toMatchObject({ status: "APPLIED", enteredBy: caseworker.name, canDecide: false });
    // An answer is there now: nothing more to enter.
    expect(
      await codeOf(
        api(caseworker).workspace.enterAgencyData({
          applicationId: application.id,
          agency: "disability",
          memberFin: child,
          facts: noDisabilityFacts,
          reason: "Entered a second time by mistake.",
        }),
      ),
    ).toBe("CONFLICT");
  });

  it("waits for another supervisor when it changes the outcome, who confirms it; the proposal is then re-run", async () => {
    const { db } = testDb.current();
    const { application, mother, decisionId } = await familyWaitingForReview();
    const entry = {
      applicationId: application.id,
      agency: "labour" as const,
      memberFin: mother,
      facts: wageFacts,
      reason: "The employer's certificate of wages was brought to the office.",
    };
    const result = await api(caseworker).workspace.enterAgencyData(entry);
    expect(result).toMatchObject({ status: "PENDING", outcomeWithout: "ASSIGN", outcomeWith: "REFUSE", rerun: false });
    // Nothing takes effect yet: the answer is still missing and the proposal unchanged.
    const waiting = await db.agencyResult.findUniqueOrThrow({
      where: { applicationId_agency_memberFin: { applicationId: application.id, agency: "labour", memberFin: mother } },
    });
    expect(waiting.available).toBe(false);
    expect((await db.decision.findUniqueOrThrow({ where: { id: decisionId } })).proposedOutcome).toBe("ASSIGN");
    expect(await codeOf(api(caseworker).workspace.enterAgencyData(entry))).toBe("CONFLICT");

    const queue = await api(supervisor).workspace.pendingAgencyData();
    expect(queue.find((q) => q.entryId === result.entryId)).toMatchObject({
      applicationId: application.id,
      agency: "labour",
      canDecide: true,
    });
    expect(await api(sabunchuSupervisor).workspace.pendingAgencyData()).toEqual([]);
    // Only a supervisor of the district decides.
    const confirm = { entryId: result.entryId, action: "CONFIRM" as const };
    expect(await codeOf(api(caseworker).workspace.decideAgencyData(confirm))).toBe("FORBIDDEN");
    expect(await codeOf(api(sabunchuSupervisor).workspace.decideAgencyData(confirm))).toBe("NOT_FOUND");

    expect(await api(supervisor).workspace.decideAgencyData(confirm)).toMatchObject({ status: "APPLIED", rerun: true });
    const proposal = await db.decision.findUniqueOrThrow({ where: { id: decisionId } });
    expect(proposal.proposedOutcome).toBe("REFUSE");
    expect(proposal.incomeQepik).toBeGreaterThan(0);
    expect(
      await audits({ action: "agencyData.confirmed", actorUserId: supervisor.id, applicationId: application.id }),
    ).toBe(1);
    expect(await codeOf(api(supervisor).workspace.decideAgencyData(confirm))).toBe("CONFLICT");
  });

  it("never lets the one who entered it confirm it, and a rejection leaves the answer missing", async () => {
    const { db } = testDb.current();
    const { application, mother, decisionId } = await familyWaitingForReview();
    const result = await api(supervisor).workspace.enterAgencyData({
      applicationId: application.id,
      agency: "labour",
      memberFin: mother,
      facts: wageFacts,
      reason: "The employer's certificate of wages was brought to the office.",
    });
    expect(result.status).toBe("PENDING");
    expect(
      await codeOf(api(supervisor).workspace.decideAgencyData({ entryId: result.entryId, action: "CONFIRM" })),
    ).toBe("FORBIDDEN");
    const file = await api(supervisor).workspace.caseFile({ applicationId: application.id });
    expect(file.manualEntries[0]).toMatchObject({ status: "PENDING", canDecide: false });

    // Another supervisor of the district, who rejects it.
    const second = await db.user.create({
      data: {
        role: "SUPERVISOR",
        name: "Second Supervisor",
        email: `second.${result.entryId}@vemtas.local`,
        districtCode: "BAK-NASIMI",
      },
    });
    const other: SessionUser = {
      id: second.id,
      role: "SUPERVISOR",
      name: second.name,
      districtCode: "BAK-NASIMI",
      fin: null,
    };
    expect(
      await api(other).workspace.decideAgencyData({
        entryId: result.entryId,
        action: "REJECT",
        reason: "The certificate is for another person.",
      }),
    ).toMatchObject({ status: "REJECTED", rerun: false });
    const entry = await db.manualAgencyEntry.findUniqueOrThrow({ where: { id: result.entryId } });
    expect(entry).toMatchObject({
      status: "REJECTED",
      decidedById: other.id,
      decisionReason: "The certificate is for another person.",
    });
    expect(await audits({ action: "agencyData.rejected", actorUserId: other.id, applicationId: application.id })).toBe(
      1,
    );
    const labour = await db.agencyResult.findUniqueOrThrow({
      where: { applicationId_agency_memberFin: { applicationId: application.id, agency: "labour", memberFin: mother } },
    });
    expect(labour.available).toBe(false);
    expect((await db.decision.findUniqueOrThrow({ where: { id: decisionId } })).proposedOutcome).toBe("ASSIGN");
  });

  it("is not found in another district, forbidden to inspectors, and refuses facts outside the agency's contract", async () => {
    const { application, mother } = await familyWaitingForReview();
    const entry = {
      applicationId: application.id,
      agency: "labour" as const,
      memberFin: mother,
      facts: wageFacts,
      reason: "The employer's certificate of wages was brought to the office.",
    };
    expect(await codeOf(api(sabunchuCaseworker).workspace.enterAgencyData(entry))).toBe("NOT_FOUND");
    expect(await codeOf(api(inspector).workspace.enterAgencyData(entry))).toBe("FORBIDDEN");
    expect(await audits({ action: "agencyData.entered", applicationId: application.id })).toBe(0);

    const bad = api(caseworker).workspace.enterAgencyData({
      ...entry,
      facts: JSON.stringify({ contracts: [], wages: [{ month: "2025-13", employerTin: "1", amountQepik: 1.5 }] }),
    });
    await expect(bad).rejects.toMatchObject({ cause: { code: "agencyDataInvalid" } });
    expect(await codeOf(api(caseworker).workspace.enterAgencyData({ ...entry, facts: "not json" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api(caseworker).workspace.enterAgencyData({ ...entry, reason: "short" }))).toBe("BAD_REQUEST");
    // The vehicle registry answered: there is nothing missing to enter.
    expect(
      await codeOf(
        api(caseworker).workspace.enterAgencyData({
          ...entry,
          agency: "vehicles",
          facts: '{"vehicles":[],"registrations":[]}',
        }),
      ),
    ).toBe("CONFLICT");
  });
});
