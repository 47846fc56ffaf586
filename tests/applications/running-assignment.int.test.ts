import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submitApplication } from "@/server/services/applications/submit-application";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { familyOfFour } from "./wizard-draft";

const testDb = migratedDbPerFile("running_assignment");
const now = new Date("2026-05-04T08:00:00Z");
const api = (user: SessionUser, at = now) =>
  createCaller({ db: testDb.current().db, user, now: at, authSecret: "x".repeat(32) });
const noAnnounce = { announce: async () => undefined };
const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
const draftOf = (prefix: string) => ({
  ...family,
  members: family.members!.map((m, i) => ({ ...m, fin: `${prefix}MEMB${i}` })),
});

beforeAll(async () => seedReference(testDb.current().db));

async function drafted(user: SessionUser, prefix: string) {
  const { id } = await api(user).application.start({ locale: "en" });
  const { version } = await api(user).application.saveDraft({
    applicationId: id,
    expectedVersion: 0,
    draft: draftOf(prefix),
  });
  return { id, version };
}

/** A final assignment of May 2026 – April 2027 on the application, as a supervisor's decision leaves it. */
async function assignUntilApril2027(applicationId: string) {
  const { db } = testDb.current();
  const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
  await db.decision.create({
    data: {
      applicationId,
      outcome: "ASSIGN",
      final: true,
      decidedBy: supervisor.id,
      createdAt: now,
      amountQepik: 24_000,
      periodFrom: new Date("2026-05-01T00:00:00Z"),
      periodTo: new Date("2027-04-30T00:00:00Z"),
      reasons: [],
      rulesChecked: [],
    },
  });
  await db.application.update({ where: { id: applicationId }, data: { status: "ASSIGNED" } });
}

describe("no overlapping assignments", () => {
  it("refuses a second application from a family whose assignment still runs, naming the member, until renewal opens", async () => {
    const { db } = testDb.current();
    const first = await citizenSession(db, "6RUNNIN");
    const { id, version } = await drafted(first, "G7");
    await submitApplication(db, first, { applicationId: id, expectedVersion: version, locale: "en" }, now, noAnnounce);
    await assignUntilApril2027(id);

    // Another member of the family applies during the period: refused with the named reason, nothing stored.
    const spouse = await citizenSession(db, "7SPOUSE");
    const second = await drafted(spouse, "G7");
    // The last day before the renewal window (the period's last three months, from 1 February 2027).
    const during = new Date("2027-01-31T12:00:00Z");
    await expect(
      api(spouse, during).application.submit({
        applicationId: second.id,
        expectedVersion: second.version,
        locale: "en",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "familyHasRunningAssignment",
      cause: { details: { field: "members.0.fin", until: "2027-04-30" } },
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("DRAFT");

    // From the first day of the renewal window the family may apply again.
    const after = new Date("2027-02-01T08:00:00Z");
    await api(spouse, after).application.submit({
      applicationId: second.id,
      expectedVersion: second.version,
      locale: "en",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("SUBMITTED");
  });

  it("does not count an assignment that a later decision refused", async () => {
    const { db } = testDb.current();
    const first = await citizenSession(db, "8ENDED1");
    const { id, version } = await drafted(first, "H8");
    await submitApplication(db, first, { applicationId: id, expectedVersion: version, locale: "en" }, now, noAnnounce);
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const base = { applicationId: id, final: true, decidedBy: supervisor.id, reasons: [], rulesChecked: [] };
    await db.decision.create({
      data: {
        ...base,
        outcome: "ASSIGN",
        createdAt: now,
        amountQepik: 24_000,
        periodFrom: new Date("2026-05-01T00:00:00Z"),
        periodTo: new Date("2027-04-30T00:00:00Z"),
      },
    });
    await db.decision.create({ data: { ...base, outcome: "REFUSE", createdAt: new Date("2026-06-01T08:00:00Z") } });
    await db.application.update({ where: { id }, data: { status: "REFUSED" } });

    const other = await citizenSession(db, "9AGAIN1");
    const again = await drafted(other, "H8");
    await api(other, new Date("2026-07-01T08:00:00Z")).application.submit({
      applicationId: again.id,
      expectedVersion: again.version,
      locale: "en",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: again.id } })).status).toBe("SUBMITTED");
  });

  it("offers no new draft while the family's application is considered or its assistance runs, and says until when", async () => {
    const { db } = testDb.current();
    const citizen = await citizenSession(db, "5BLOCKD");
    const { id, version } = await drafted(citizen, "K5");
    expect(await api(citizen).application.startBlocker()).toBeNull();
    await submitApplication(
      db,
      citizen,
      { applicationId: id, expectedVersion: version, locale: "en" },
      now,
      noAnnounce,
    );
    expect(await api(citizen).application.startBlocker()).toEqual({ code: "familyHasOpenApplication" });
    await expect(api(citizen).application.start({ locale: "en" })).rejects.toMatchObject({
      message: "familyHasOpenApplication",
    });

    await assignUntilApril2027(id);
    const during = new Date("2027-01-31T12:00:00Z");
    const running = { code: "familyHasRunningAssignment", until: "2027-04-30", opensOn: "2027-02-01" };
    expect(await api(citizen, during).application.startBlocker()).toEqual(running);
    await expect(api(citizen, during).application.start({ locale: "en" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "familyHasRunningAssignment",
      cause: { details: { until: "2027-04-30", opensOn: "2027-02-01" } },
    });
    expect(await db.application.count({ where: { applicantId: citizen.id } })).toBe(1);

    // The renewal window: the start is offered, and opens a new draft.
    const after = new Date("2027-02-01T08:00:00Z");
    expect(await api(citizen, after).application.startBlocker()).toBeNull();
    const renewed = await api(citizen, after).application.start({ locale: "en" });
    expect(renewed).toMatchObject({ status: "DRAFT" });
    expect(renewed.id).not.toBe(id);
  });
});
