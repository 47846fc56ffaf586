import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submitApplication } from "@/server/services/applications/submit-application";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { familyOfFour } from "./wizard-draft";

const testDb = migratedDbPerFile("appeal");
const now = new Date("2026-05-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });
const noAnnounce = { announce: async () => undefined };

beforeAll(async () => seedReference(testDb.current().db));

/** A submitted application of a family whose members' FINs start with `prefix`. */
async function submitted(fin: string, prefix: string) {
  const { db } = testDb.current();
  const user = await citizenSession(db, fin);
  const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
  const draft = { ...family, members: family.members!.map((m, i) => ({ ...m, fin: `${prefix}MEMB${i}` })) };
  const { id } = await api(user).application.start({ locale: "az" });
  const { version } = await api(user).application.saveDraft({ applicationId: id, expectedVersion: 0, draft });
  await submitApplication(db, user, { applicationId: id, expectedVersion: version, locale: "az" }, now, noAnnounce);
  return { user, id };
}

describe("withdrawing", () => {
  it("withdraws an undecided application once, and only the family's own", async () => {
    const { user, id } = await submitted("1WITHDR", "A1");
    const stranger = await citizenSession(testDb.current().db, "2STRANG");
    await expect(api(stranger).application.withdraw({ applicationId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await api(user).application.withdraw({ applicationId: id });
    const t = await api(user).application.timeline({ applicationId: id, locale: "en" });
    expect(t).toMatchObject({ status: "WITHDRAWN", canWithdraw: false });
    expect(t.events.at(-1)?.kind).toBe("WITHDRAWN");
    await expect(api(user).application.withdraw({ applicationId: id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "notWithdrawable",
    });
  });
  it("starts the family's next application from the answers of the one it withdrew, and asks consent again", async () => {
    const { user, id } = await submitted("4AGAIN1", "C3");
    await api(user).application.withdraw({ applicationId: id });
    const next = await api(user).application.start({ locale: "az" });
    expect(next.id).not.toBe(id);
    const { draft } = await api(user).application.draft({ applicationId: next.id });
    if (!draft) throw new Error("the new application was not filled in");
    expect(draft.members?.map((m) => m.fin)).toEqual(["C3MEMB0", "C3MEMB1", "C3MEMB2"]);
    expect(draft.contact?.phone).toBe(familyOfFour().contact?.phone);
    expect(draft.address?.districtCode).toBe(familyOfFour().address?.districtCode);
    expect(draft.consent).toBeUndefined();
    // A first application starts empty.
    const newcomer = await citizenSession(testDb.current().db, "5FIRST1");
    const first = await api(newcomer).application.start({ locale: "az" });
    expect((await api(newcomer).application.draft({ applicationId: first.id })).draft).toBeNull();
  });
});

describe("appealing a decision", () => {
  let user: SessionUser;
  let applicationId: string;
  let decidingSupervisor: SessionUser;
  let otherSupervisorId: string;

  beforeAll(async () => {
    const { db } = testDb.current();
    ({ user, id: applicationId } = await submitted("3APPEAL", "B2"));
    decidingSupervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    otherSupervisorId = (
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

  it("cannot be filed before there is a decision", async () => {
    await expect(
      api(user).application.appeal({ applicationId, reason: "The income of my husband is counted twice." }),
    ).rejects.toMatchObject({ message: "notAppealable" });
  });

  it("reaches a supervisor other than the one who decided, and only once", async () => {
    const { db } = testDb.current();
    await db.decision.create({
      data: {
        applicationId,
        outcome: "REFUSE",
        final: true,
        decidedBy: decidingSupervisor.id,
        createdAt: now,
        reasons: [
          {
            code: "MOTOR_VEHICLE",
            kind: "REFUSAL",
            evidence: { sources: [], facts: {} },
            message: { az: "Avtomobil var.", ru: "Есть автомобиль.", en: "The family owns a car." },
          },
        ],
        rulesChecked: [],
      },
    });
    await db.application.update({ where: { id: applicationId }, data: { status: "REFUSED" } });

    await expect(api(user).application.appeal({ applicationId, reason: "too short" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    // A language the site does not have is refused as any bad input.
    await expect(
      api(user).application.appeal({
        applicationId,
        reason: "The car was sold in 2024; the registry is out of date.",
        locale: "de" as "en",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Applied in Azerbaijani, appealed from the English page: the appeal keeps the page's language, which its
    // supervisor answers in.
    const appeal = await api(user).application.appeal({
      applicationId,
      reason: "The car was sold in 2024; the registry is out of date.",
      locale: "en",
    });
    const row = await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    expect(row.supervisorId).toBe(otherSupervisorId);
    expect(row.locale).toBe("en");
    await expect(
      api(user).application.appeal({ applicationId, reason: "A second appeal against the same decision." }),
    ).rejects.toMatchObject({ message: "appealExists" });

    const t = await api(user).application.timeline({ applicationId, locale: "en" });
    expect(t).toMatchObject({ canAppeal: false, canWithdraw: false, hasLetter: true });
    expect(t.events.find((e) => e.kind === "DECISION")).toMatchObject({
      outcome: "REFUSE",
      reasons: ["The family owns a car."],
    });
    expect(t.events.at(-1)).toMatchObject({ kind: "APPEAL_FILED", answered: false });
  });

  it("shows the appeal to the supervisor it was assigned to, and to no one else", async () => {
    const { db } = testDb.current();
    const assigned = await staffSession(db, "supervisor2.nasimi@vemtas.local");
    const rows = await api(assigned).review.appeals();
    expect(rows).toEqual([
      expect.objectContaining({
        applicationId,
        decisionOutcome: "REFUSE",
        reason: "The car was sold in 2024; the registry is out of date.",
      }),
    ]);
    expect(await db.auditLog.count({ where: { actorUserId: assigned.id, action: "appeal.list" } })).toBe(1);
    expect(await api(decidingSupervisor).review.appeals()).toEqual([]);
    expect(await api(await staffSession(db, "supervisor.sabunchu@vemtas.local")).review.appeals()).toEqual([]);
    await expect(api(await staffSession(db, "caseworker.nasimi@vemtas.local")).review.appeals()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("gives the decision letter in the family's language", async () => {
    const letter = await api(user).application.letter({ applicationId });
    expect(letter).toMatchObject({
      locale: "az",
      addressee: "Məmmədova Elnarə Rəşid qızı",
      decision: { outcome: "REFUSE", reasons: ["Avtomobil var."] },
    });
  });
});
