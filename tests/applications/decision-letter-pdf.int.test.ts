import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { answerAppeal } from "@/server/services/appeals/answer-appeal";
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

/** An application of a family of four made on the Azerbaijani page, submitted; the members' FINs start with `fins`. */
async function appliedInAzerbaijani(user: SessionUser, fins: string): Promise<string> {
  const { db } = testDb.current();
  const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
  const draft = { ...family, members: family.members!.map((m, i) => ({ ...m, fin: `${fins}${i}` })) };
  const { id } = await api(user).application.start({ locale: "az" });
  const { version } = await api(user).application.saveDraft({ applicationId: id, expectedVersion: 0, draft });
  await submitApplication(db, user, { applicationId: id, expectedVersion: version, locale: "az" }, now, {
    announce: async () => undefined,
  });
  return id;
}

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  owner = await citizenSession(db, "4LETTER");
  applicationId = await appliedInAzerbaijani(owner, "C3MEMB");
  registrationNumber =
    (await db.application.findUniqueOrThrow({ where: { id: applicationId } })).registrationNumber ?? "";
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
    // Filed before an appeal recorded its language (`locale` null): the answer's letter is in the application's.
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
    const { pages, info } = await readPdf((await getDecisionLetterPdf(db, owner, applicationId, now)).bytes);
    expect(pages.flat()).toEqual(
      expect.arrayContaining([
        "Bu qərar 7 may 2026 tarixli şikayətinizə cavabdır.",
        "Aylıq məbləğ: 304,00 AZN",
        "Avtomobil 2024-cü ildə satılıb.",
      ]),
    );
    expect(info.Language).toBe("az");
    expect(await api(owner).application.letterContent({ applicationId })).toMatchObject({ locale: "az" });
  });
});

describe("the answer to an appeal written in another language than the application", () => {
  let family: SessionUser;
  let id: string;

  beforeAll(async () => {
    const { db } = testDb.current();
    family = await citizenSession(db, "6RUAPPL");
    id = await appliedInAzerbaijani(family, "C6MEMB");
    await db.decision.create({
      data: {
        applicationId: id,
        outcome: "REFUSE",
        final: true,
        decidedBy: "SYSTEM",
        createdAt: now,
        reasons: [carReason],
        rulesChecked: [],
      },
    });
    await db.application.update({ where: { id }, data: { status: "REFUSED" } });
  });

  it("is written in the appeal's language, in the letter page's blocks and in the PDF", async () => {
    const { db } = testDb.current();
    // Applied in Azerbaijani, appealed from the Russian page; the supervisor answers in Russian, as asked.
    const appeal = await api(family).application.appeal({
      applicationId: id,
      reason: "Автомобиль продан в 2024 году, реестр устарел.",
      locale: "ru",
    });
    const { supervisorId } = await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: supervisorId ?? "" } });
    const answeredAt = new Date("2026-05-12T07:00:00Z");
    await answerAppeal(
      db,
      await staffSession(db, email ?? ""),
      {
        appealId: appeal.id,
        answer: "UPHOLD",
        correctedIncomeQepik: null,
        explanation: "Автомобиль по-прежнему числится за семьёй в реестре.",
      },
      answeredAt,
      { announce: async () => undefined },
    );

    const letter = await api(family).application.letter({ applicationId: id });
    expect(letter).toMatchObject({
      locale: "ru",
      issuingDistrict: "Насиминский район",
      appeal: { filedOn: "2026-05-04", answeredOn: "2026-05-12" },
      decision: {
        outcome: "REFUSE",
        reasons: ["У семьи есть автомобиль.", "Автомобиль по-прежнему числится за семьёй в реестре."],
      },
    });

    // The blocks the letter page lays out (its `lang` is the content's locale).
    const content = await api(family).application.letterContent({ applicationId: id });
    expect(content.locale).toBe("ru");
    const lines = content.blocks.flatMap((b) =>
      b.kind === "paragraph" || b.kind === "title"
        ? [b.text]
        : b.kind === "reasons"
          ? [b.heading, ...b.items]
          : b.kind === "fields"
            ? b.rows.map((r) => `${r.label}: ${r.value}`)
            : [b.organisation],
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "Министерство труда и социальной защиты населения",
        "Выдавший орган: Отдел социальной защиты населения — Насиминский район",
        "Решение об адресной государственной социальной помощи",
        "Это решение принято по вашей жалобе от 4 мая 2026 г.",
        "Вашей семье отказано в назначении адресной государственной социальной помощи.",
        "Причины",
        "У семьи есть автомобиль.",
        "Автомобиль по-прежнему числится за семьёй в реестре.",
        "Дата решения: 12 мая 2026 г.",
      ]),
    );
    expect(lines.at(-1)).toMatch(/^Это решение вынесено по вашей жалобе .* обратиться в административный суд\.$/);
    // Only the family's own words (the address as it typed it) stay as written.
    expect(lines.join("\n")).not.toMatch(/Nəsimi rayonu|Sosial müdafiə|Səbəblər|şikayət|Ailənin adına avtomobil var/);

    const { pages, info } = await readPdf((await getDecisionLetterPdf(db, family, id, now)).bytes);
    expect(pages.flat()).toEqual(
      expect.arrayContaining([
        "Это решение принято по вашей жалобе от 4 мая 2026 г.",
        "Отдел социальной защиты населения — Насиминский район",
        "Причины",
        "У семьи есть автомобиль.",
        "Автомобиль по-прежнему числится за семьёй в реестре.",
        "Дата решения: 12 мая 2026 г.",
        "Страница 1 из 1",
      ]),
    );
    expect(info.Language).toBe("ru");
  });

  it("goes back to the application's language for a later decision, which answers no appeal", async () => {
    const { db } = testDb.current();
    await db.decision.create({
      data: {
        applicationId: id,
        outcome: "REFUSE",
        final: true,
        decidedBy: "SYSTEM",
        createdAt: new Date("2026-06-01T07:00:00Z"),
        reasons: [carReason],
        rulesChecked: [],
      },
    });
    const content = await api(family).application.letterContent({ applicationId: id });
    expect(content.locale).toBe("az");
    expect(content.blocks).toContainEqual({
      kind: "paragraph",
      text: "Ailənizə ünvanlı dövlət sosial yardımının təyin edilməsindən imtina edilmişdir.",
      tone: "strong",
    });
    const { info } = await readPdf((await getDecisionLetterPdf(db, family, id, now)).bytes);
    expect(info.Language).toBe("az");
  });
});

describe("every letter the family was sent", () => {
  // The family above: refused (Azerbaijani, 4 May), its appeal answered (Russian, 12 May), a later decision (1 June).
  let family: SessionUser;
  let id: string;

  beforeAll(async () => {
    const { db } = testDb.current();
    family = await citizenSession(db, "6RUAPPL");
    id = (await db.application.findFirstOrThrow({ where: { applicantId: family.id } })).id;
  });

  it("are listed on the family's page, newest first, by kind and day", async () => {
    const { letters } = await api(family).application.timeline({ applicationId: id, locale: "en" });
    expect(letters.map((l) => [l.kind, l.decidedOn])).toEqual([
      ["DECISION", "2026-06-01"],
      ["APPEAL_ANSWER", "2026-05-12"],
      ["DECISION", "2026-05-04"],
    ]);
  });

  it("each opens by its decision, written as it was sent", async () => {
    const { db } = testDb.current();
    const { letters } = await api(family).application.timeline({ applicationId: id, locale: "en" });
    const [latest, answer, first] = letters.map((l) => l.decisionId);

    // The first letter: the application's Azerbaijani, the refusal's one reason, no appeal yet.
    const firstLetter = await api(family).application.letter({ applicationId: id, decisionId: first });
    expect(firstLetter).toMatchObject({
      locale: "az",
      appeal: null,
      decision: { outcome: "REFUSE", decidedOn: "2026-05-04", reasons: ["Ailənin adına avtomobil var."] },
    });
    // The appeal's answer: in the appeal's Russian, saying which appeal it answers.
    const answerContent = await api(family).application.letterContent({ applicationId: id, decisionId: answer });
    expect(answerContent.locale).toBe("ru");
    expect(answerContent.blocks).toContainEqual(
      expect.objectContaining({ text: "Это решение принято по вашей жалобе от 4 мая 2026 г." }),
    );
    // Without a decision, the latest, as before.
    expect(await api(family).application.letter({ applicationId: id })).toMatchObject({
      decision: { decidedOn: "2026-06-01" },
    });
    expect(await api(family).application.letter({ applicationId: id, decisionId: latest })).toMatchObject({
      decision: { decidedOn: "2026-06-01" },
    });

    // The PDF of an earlier letter: its language, and a file name with its Baku day and time (07:00 UTC is 11:00),
    // so that two letters of one day download as two files.
    const pdf = await getDecisionLetterPdf(db, family, id, now, answer);
    const registration = (await db.application.findUniqueOrThrow({ where: { id } })).registrationNumber ?? "";
    expect(pdf.fileName).toBe(`vemtas-${registration}-2026-05-12-110000.pdf`);
    expect((await getDecisionLetterPdf(db, family, id, now, latest)).fileName).toBe(
      `vemtas-${registration}-2026-06-01-110000.pdf`,
    );
    const { pages, info } = await readPdf(pdf.bytes);
    expect(info.Language).toBe("ru");
    expect(pages.flat()).toContain("Это решение принято по вашей жалобе от 4 мая 2026 г.");
    const firstPdf = await readPdf((await getDecisionLetterPdf(db, family, id, now, first)).bytes);
    expect(firstPdf.info.Language).toBe("az");
    expect(firstPdf.pages.flat()).toContain("Ailənin adına avtomobil var.");
  });

  it("is not found for a decision of another application or another family, nor for one not sent", async () => {
    const { db } = testDb.current();
    const { letters } = await api(family).application.timeline({ applicationId: id, locale: "en" });
    const theirs = letters.at(-1)?.decisionId ?? "";
    const ownersDecision = await db.decision.findFirstOrThrow({ where: { applicationId, final: true } });
    const notFound = { code: "NOT_FOUND" };

    // Another family's decision through one's own application, by the procedure and by the PDF's service.
    await expect(api(owner).application.letter({ applicationId, decisionId: theirs })).rejects.toMatchObject(notFound);
    await expect(api(owner).application.letterContent({ applicationId, decisionId: theirs })).rejects.toMatchObject(
      notFound,
    );
    await expect(getDecisionLetterPdf(db, owner, applicationId, now, theirs)).rejects.toMatchObject({
      code: "notFound",
    });
    // One's own decision through another family's application: the application is not theirs.
    await expect(
      api(owner).application.letter({ applicationId: id, decisionId: ownersDecision.id }),
    ).rejects.toMatchObject(notFound);
    // Another family's application with its own decision.
    const stranger = await citizenSession(db, "7STRANG");
    await expect(api(stranger).application.letter({ applicationId: id, decisionId: theirs })).rejects.toMatchObject(
      notFound,
    );
    await expect(getDecisionLetterPdf(db, stranger, id, now, theirs)).rejects.toMatchObject({ code: "notFound" });
    // A proposal the family was never sent, and an id that is no decision at all.
    const proposal = await db.decision.create({
      data: { applicationId: id, outcome: "REVIEW", final: false, decidedBy: "SYSTEM", reasons: [], rulesChecked: [] },
    });
    await expect(api(family).application.letter({ applicationId: id, decisionId: proposal.id })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      api(family).application.letter({ applicationId: id, decisionId: "no-such-decision" }),
    ).rejects.toMatchObject(notFound);
    // Staff are refused as before, whatever the decision.
    const supervisor = await staffSession(db, "supervisor.nasimi@vemtas.local");
    await expect(getDecisionLetterPdf(db, supervisor, id, now, theirs)).rejects.toMatchObject({ code: "forbidden" });
    // A malformed id is refused at the boundary.
    await expect(api(family).application.letter({ applicationId: id, decisionId: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
