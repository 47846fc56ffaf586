import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submitApplication } from "@/server/services/applications/submit-application";
import { getDecisionLetterPdf } from "@/server/services/letters/get-decision-letter-pdf";
import { readPdf } from "../support/read-pdf";
import { citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { familyOfFour } from "./wizard-draft";

// The PDF route serves whatever getDecisionLetterPdf returns to the session's user: these are its access rules.

const testDb = migratedDbPerFile("letterpdf");
const now = new Date("2026-05-04T08:00:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

const carReason = {
  code: "MOTOR_VEHICLE",
  kind: "REFUSAL",
  evidence: { sources: [], facts: {} },
  message: { az: "Ailənin adına avtomobil var.", ru: "У семьи есть автомобиль.", en: "The family owns a car." },
};

let owner: SessionUser;
let applicationId: string;
let registrationNumber: string;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  owner = await citizenSession(db, "4LETTER");
  const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
  const draft = { ...family, members: family.members!.map((m, i) => ({ ...m, fin: `C3MEMB${i}` })) };
  const { id } = await api(owner).application.start({ locale: "az" });
  const { version } = await api(owner).application.saveDraft({ applicationId: id, expectedVersion: 0, draft });
  await submitApplication(db, owner, { applicationId: id, expectedVersion: version, locale: "az" }, now, {
    announce: async () => undefined,
  });
  applicationId = id;
  registrationNumber = (await db.application.findUniqueOrThrow({ where: { id } })).registrationNumber ?? "";
});

describe("the decision letter as a PDF", () => {
  it("does not exist before the decision", async () => {
    await expect(getDecisionLetterPdf(testDb.current().db, owner, applicationId, now)).rejects.toMatchObject({
      code: "notFound",
    });
  });

  it("is the family's own, in its language, and no one else's", async () => {
    const { db } = testDb.current();
    await db.decision.create({
      data: {
        applicationId,
        outcome: "REFUSE",
        final: true,
        decidedBy: "SYSTEM",
        createdAt: now,
        reasons: [carReason],
        rulesChecked: [],
      },
    });
    await db.application.update({ where: { id: applicationId }, data: { status: "REFUSED" } });

    const pdf = await getDecisionLetterPdf(db, owner, applicationId, now);
    expect(pdf.fileName).toBe(`vemtas-${registrationNumber}.pdf`);
    const { pages, info } = await readPdf(pdf.bytes);
    expect(pages.flat()).toEqual(
      expect.arrayContaining([
        "Məmmədova Elnarə Rəşid qızı",
        "Ailənizə ünvanlı dövlət sosial yardımının təyin edilməsindən imtina edilmişdir.",
        "Ailənin adına avtomobil var.",
        registrationNumber,
      ]),
    );
    expect(info.Language).toBe("az");

    const stranger = await citizenSession(db, "5STRANG");
    await expect(getDecisionLetterPdf(db, stranger, applicationId, now)).rejects.toMatchObject({ code: "notFound" });
    for (const email of ["caseworker.nasimi@vemtas.local", "supervisor.nasimi@vemtas.local", "admin@vemtas.local"]) {
      await expect(getDecisionLetterPdf(db, await staffSession(db, email), applicationId, now)).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    await expect(getDecisionLetterPdf(db, owner, "no-such-application", now)).rejects.toMatchObject({
      code: "notFound",
    });
  });

  it("says, once a supervisor answers the appeal, which appeal the new decision answers", async () => {
    const { db } = testDb.current();
    const appealed = await db.decision.findFirstOrThrow({ where: { applicationId, final: true } });
    const filed = new Date("2026-05-06T21:30:00Z");
    const answeredAt = new Date("2026-05-12T07:00:00Z");
    const appeal = await db.appeal.create({
      data: {
        applicationId,
        decisionId: appealed.id,
        reason: "The car was sold in 2024; the registry is out of date.",
        submittedAt: filed,
      },
    });
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    const answer = await db.decision.create({
      data: {
        applicationId,
        outcome: "ASSIGN",
        final: true,
        decidedBy: supervisor.id,
        supersedesId: appealed.id,
        memberCount: 4,
        criterionQepik: 30_000,
        incomeQepik: 89_600,
        amountQepik: 30_400,
        periodFrom: new Date("2026-06-01T00:00:00Z"),
        periodTo: new Date("2027-05-31T00:00:00Z"),
        createdAt: answeredAt,
        reasons: [
          {
            code: "APPEAL_ANSWER",
            kind: "APPEAL",
            evidence: { sources: [], facts: {} },
            message: {
              az: "Avtomobil 2024-cü ildə satılıb.",
              ru: "Автомобиль продан в 2024 году.",
              en: "The car was sold in 2024.",
            },
          },
        ],
        rulesChecked: [],
      },
    });
    await db.appeal.update({
      where: { id: appeal.id },
      data: { status: "ANSWERED", answerDecisionId: answer.id, answeredAt, supervisorId: supervisor.id },
    });

    // Filed just before midnight UTC, which is already the next day in Baku.
    expect(await api(owner).application.letter({ applicationId })).toMatchObject({
      appeal: { filedOn: "2026-05-07", answeredOn: "2026-05-12" },
      decision: { outcome: "ASSIGN" },
    });
    const text = (await readPdf((await getDecisionLetterPdf(db, owner, applicationId, now)).bytes)).pages.flat();
    expect(text).toEqual(
      expect.arrayContaining([
        "Bu qərar 7 may 2026 tarixli şikayətinizə cavabdır.",
        "Aylıq məbləğ: 304,00 AZN",
        "Avtomobil 2024-cü ildə satılıb.",
      ]),
    );
  });
});
