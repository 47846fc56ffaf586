import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submitApplication } from "@/server/services/applications/submit-application";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { familyOfFour } from "../applications/wizard-draft";

const testDb = migratedDbPerFile("appeal_independence");
const now = new Date("2026-05-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });
const noAnnounce = { announce: async () => undefined };
const carReason = [
  {
    code: "MOTOR_VEHICLE",
    kind: "REFUSAL",
    evidence: { sources: [], facts: {} },
    message: { az: "Avtomobil var.", ru: "Есть автомобиль.", en: "The family owns a car." },
  },
];

let nasimi: SessionUser;
let nasimi2Id: string;
let sabunchu: SessionUser;
let caseworker: SessionUser;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  nasimi = await staffSession(db, "supervisor.nasimi@vemtas.local");
  sabunchu = await staffSession(db, "supervisor.sabunchu@vemtas.local");
  caseworker = await staffSession(db, "caseworker.nasimi@vemtas.local");
  nasimi2Id = (
    await db.user.create({
      data: {
        role: "SUPERVISOR",
        name: "Second supervisor",
        email: "supervisor2.nasimi@vemtas.local",
        districtCode: "BAK-NASIMI",
      },
    })
  ).id;
});

/**
 * A Nasimi family refused by supervisor.nasimi, after an EARLIER decision whose override the second Nasimi
 * supervisor confirmed: both of the district's supervisors had a hand in the case.
 */
async function refusedAfterConfirmedOverride(fin: string, prefix: string) {
  const { db } = testDb.current();
  const user = await citizenSession(db, fin);
  const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
  const draft = { ...family, members: family.members!.map((m, i) => ({ ...m, fin: `${prefix}MEMB${i}` })) };
  const { id } = await api(user).application.start({ locale: "en" });
  const { version } = await api(user).application.saveDraft({ applicationId: id, expectedVersion: 0, draft });
  await submitApplication(db, user, { applicationId: id, expectedVersion: version, locale: "en" }, now, noAnnounce);
  const proposal = await db.decision.create({
    data: {
      applicationId: id,
      outcome: "REVIEW",
      final: false,
      decidedBy: "engine",
      createdAt: now,
      reasons: [],
      rulesChecked: [],
    },
  });
  await db.caseReview.create({
    data: {
      applicationId: id,
      decisionId: proposal.id,
      status: "DONE",
      reviewerId: caseworker.id,
      outcome: "REFUSE",
      reason: "Car in the registry.",
      overridesEngine: true,
      confirmedById: nasimi2Id,
      confirmedAt: now,
    },
  });
  await db.decision.create({
    data: {
      applicationId: id,
      outcome: "REFUSE",
      final: true,
      decidedBy: nasimi.id,
      createdAt: now,
      reasons: carReason,
      rulesChecked: [],
    },
  });
  await db.application.update({ where: { id }, data: { status: "REFUSED" } });
  return { user, id };
}

describe("appeal independence", () => {
  it("never goes to a supervisor who confirmed an earlier decision of the application; the region takes it", async () => {
    const { db } = testDb.current();
    const { user, id } = await refusedAfterConfirmedOverride("5INDEP1", "D4");
    const appeal = await api(user).application.appeal({
      applicationId: id,
      reason: "The car was sold in 2024; the registry is out of date.",
    });
    const row = await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    // Both Nasimi supervisors are involved: the appeal goes to the other district of the Baku economic region.
    expect(row.supervisorId).toBe(sabunchu.id);

    const listed = await api(sabunchu).review.appeals();
    expect(listed).toEqual([
      expect.objectContaining({ applicationId: id, reason: "The car was sold in 2024; the registry is out of date." }),
    ]);
    const read = await api(sabunchu).review.appeal({ appealId: appeal.id });
    expect(read.application.id).toBe(id);
    expect(
      await db.auditLog.count({ where: { actorUserId: sabunchu.id, action: "appeal.read", entityId: appeal.id } }),
    ).toBe(1);
    // Nobody else reads it, the involved supervisors included.
    await expect(
      api(await staffSession(db, "supervisor2.nasimi@vemtas.local")).review.appeal({ appealId: appeal.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api(nasimi).review.appeal({ appealId: appeal.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api(await staffSession(db, "supervisor.ganja@vemtas.local")).review.appeal({ appealId: appeal.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("goes to the national queue when no supervisor of the region is free of the case", async () => {
    const { db } = testDb.current();
    const { user, id } = await refusedAfterConfirmedOverride("5INDEP2", "E5");
    // The Sabunchu supervisor reviewed the first proposal too: the whole Baku region had a hand in it.
    const proposal = await db.decision.findFirstOrThrow({ where: { applicationId: id, final: false } });
    await db.caseReview.create({
      data: { applicationId: id, decisionId: proposal.id, status: "DONE", reviewerId: sabunchu.id, outcome: "REFUSE" },
    });
    const appeal = await api(user).application.appeal({
      applicationId: id,
      reason: "The car belongs to my brother, not to us.",
    });
    const row = await db.appeal.findUniqueOrThrow({
      where: { id: appeal.id },
      include: { supervisor: { include: { district: true } } },
    });
    expect(row.supervisor?.role).toBe("SUPERVISOR");
    expect(row.supervisor?.district?.economicRegionCode).not.toBe("BAKU");
    expect([nasimi.id, nasimi2Id, sabunchu.id]).not.toContain(row.supervisorId);
  });

  it("refuses a second appeal against the answer, explaining the court route", async () => {
    const { db } = testDb.current();
    const { user, id } = await refusedAfterConfirmedOverride("5INDEP3", "F6");
    const appeal = await api(user).application.appeal({
      applicationId: id,
      reason: "The car was sold in 2024; the registry is out of date.",
    });
    // The appeal is answered (upheld) with a new final decision.
    const answer = await db.decision.create({
      data: {
        applicationId: id,
        outcome: "REFUSE",
        final: true,
        decidedBy: sabunchu.id,
        createdAt: new Date(now.getTime() + 1000),
        reasons: carReason,
        rulesChecked: [],
      },
    });
    await db.appeal.update({
      where: { id: appeal.id },
      data: {
        status: "ANSWERED",
        answerKind: "UPHOLD",
        answerDecisionId: answer.id,
        answeredAt: new Date(now.getTime() + 1000),
      },
    });

    expect((await api(user).application.timeline({ applicationId: id, locale: "en" })).canAppeal).toBe(false);
    await expect(
      api(user).application.appeal({ applicationId: id, reason: "I still disagree with the answer to my appeal." }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "appealAlreadyAnswered",
    });
    expect(await db.appeal.count({ where: { applicationId: id } })).toBe(1);
  });
});
