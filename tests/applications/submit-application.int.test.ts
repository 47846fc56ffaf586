import { beforeAll, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { submitApplication } from "@/server/services/applications/submit-application";
import { seedLawData } from "../../prisma/seed/seed-law-data";
import { citizenSession, seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";
import { familyOfFour } from "./wizard-draft";

const testDb = migratedDbPerFile("wizard");
// 21:30 UTC on 2 March is already 3 March in Baku (UTC+4): the application date is Baku's.
const now = new Date("2026-03-02T21:30:00Z");
const api = (user: SessionUser) => createCaller({ db: testDb.current().db, user, now, authSecret: "x".repeat(32) });

let citizen: SessionUser;

beforeAll(async () => {
  const { db } = testDb.current();
  await seedReference(db);
  await seedLawData(db);
  citizen = await citizenSession(db, "1APPLIC");
});

/** The representative and one child, nothing declared: a family that needs no more than the submission. */
const withOneChild = (childFin: string) =>
  familyOfFour({
    members: [
      {
        key: "k",
        fin: childFin,
        firstName: "A",
        lastName: "B",
        patronymic: "",
        birthDate: "2019-02-02",
        relation: "CHILD",
      },
    ],
    declarations: { incomes: [], assets: [], notWorking: [] },
  });

async function startWith(user: SessionUser, draft: unknown) {
  const { id } = await api(user).application.start({ locale: "az" });
  const { version } = await api(user).application.saveDraft({ applicationId: id, expectedVersion: 0, draft });
  return { id, version };
}

describe("submitting a family of four", () => {
  let applicationId: string;
  const announced: string[] = [];

  beforeAll(async () => {
    const { id, version } = await startWith(citizen, familyOfFour());
    applicationId = id;
    const result = await submitApplication(
      testDb.current().db,
      citizen,
      { applicationId: id, expectedVersion: version, locale: "ru" },
      now,
      {
        announce: async (appId) => void announced.push(appId),
      },
    );
    expect(result.registrationNumber).toMatch(/^VEM-2026-\d{6}$/);
    expect(result.applicationDate).toBe("2026-03-03");
  });

  it("writes the representative and the members, the incomes and assets, and the registration", async () => {
    const { db } = testDb.current();
    const app = await db.application.findUniqueOrThrow({
      where: { id: applicationId },
      include: {
        members: { orderBy: { position: "asc" } },
        declaredIncomes: true,
        declaredAssets: true,
        statusChanges: true,
      },
    });
    expect(app.status).toBe("SUBMITTED");
    expect(app.applicationDate?.toISOString().slice(0, 10)).toBe("2026-03-03");
    expect(app.locale).toBe("ru");
    expect(app.consentGivenAt).toEqual(now);
    expect(app.members.map((m) => [m.fin, m.relation])).toEqual([
      ["1APPLIC", "APPLICANT"],
      ["2SPOUSE", "SPOUSE"],
      ["3CHILD1", "CHILD"],
      ["4CHILD2", "CHILD"],
    ]);
    expect(app.members[0]?.declaredFacts).toEqual({ caresFor: ["4CHILD2"] });
    expect(app.declaredIncomes).toMatchObject([{ memberFin: "2SPOUSE", type: "WAGE", monthlyQepik: 25050 }]);
    expect(app.declaredAssets).toMatchObject([{ kind: "LIVESTOCK", details: { description: "Cows", count: 2 } }]);
    expect(app.statusChanges.map((c) => c.toStatus).sort()).toEqual(["DRAFT", "SUBMITTED"]);
    expect(announced).toEqual([applicationId]);
  });

  it("names the citizen, known by FIN alone since the SMS sign-in, as they gave their name", async () => {
    const user = await testDb.current().db.user.findUniqueOrThrow({ where: { id: citizen.id } });
    expect(user.name).toBe("Elnarə Məmmədova");
  });

  it("sets the decision due date 15 working days on, skipping the Novruz and Ramazan days off", async () => {
    const app = await testDb.current().db.application.findUniqueOrThrow({ where: { id: applicationId } });
    // From Tuesday 3 March 2026: 4–6 March (3); 9 March is off for Women's Day on Sunday; 10–13 (7), 16–19 (11);
    // 20–30 March are off (Novruz and Ramazan, RULES.md); 31 March, 1, 2 and 3 April make 15.
    expect(app.decisionDueOn?.toISOString().slice(0, 10)).toBe("2026-04-03");
  });

  it("shows the registration on the citizen's timeline", async () => {
    const t = await api(citizen).application.timeline({ applicationId, locale: "az" });
    expect(t.events.map((e) => e.kind)).toEqual(["STARTED", "SUBMITTED"]);
    expect(t).toMatchObject({
      status: "SUBMITTED",
      canWithdraw: true,
      canAppeal: false,
      applicationDate: "2026-03-03",
    });
  });

  it("refuses a second submission of the same application", async () => {
    await expect(
      api(citizen).application.submit({ applicationId, expectedVersion: 1, locale: "az" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "notDraft" });
  });

  it("refuses a second open application for the same family: by the same person, or naming a listed member", async () => {
    await expect(api(citizen).application.start({ locale: "az" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "familyHasOpenApplication",
    });
    const spouse = await citizenSession(testDb.current().db, "9OTHER9");
    const { id } = await api(spouse).application.start({ locale: "az" });
    const draft = {
      step: 3,
      members: [
        {
          key: "x",
          fin: "3CHILD1",
          firstName: "Aysu",
          lastName: "M",
          patronymic: "",
          birthDate: "2015-01-20",
          relation: "CHILD",
        },
      ],
    };
    await expect(
      api(spouse).application.saveDraft({ applicationId: id, expectedVersion: 0, draft }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "familyHasOpenApplication",
      cause: { details: { field: "members.0.fin" } },
    });
  });
});

describe("every rule of the wizard refuses bad input and stores nothing", () => {
  let user: SessionUser;
  let applicationId: string;

  beforeAll(async () => {
    user = await citizenSession(testDb.current().db, "5RULES5");
    applicationId = (await startWith(user, { step: 1 })).id;
  });

  // Members of their own, so that no rule but the one under test can refuse the draft.
  const base = () => {
    const family = familyOfFour({ declarations: { incomes: [], assets: [], notWorking: [] } });
    return { ...family, members: family.members!.map((m, i) => ({ ...m, fin: `${i}RULES${i}` })) };
  };
  const cases: [string, () => unknown, string, string][] = [
    [
      "a malformed FIN",
      () => ({ ...base(), members: [{ ...base().members![0]!, fin: "12AB" }] }),
      "finFormat",
      "members.0.fin",
    ],
    [
      "a member listed twice",
      () => ({ ...base(), members: [...base().members!, { ...base().members![1]!, key: "dup" }] }),
      "memberDuplicate",
      "members.3.fin",
    ],
    [
      "the representative listed again",
      () => ({ ...base(), members: [{ ...base().members![0]!, fin: "5RULES5" }] }),
      "memberDuplicate",
      "members.0.fin",
    ],
    [
      "a birth date in the future",
      () => ({ ...base(), members: [{ ...base().members![1]!, birthDate: "2026-03-04" }] }),
      "birthDateFuture",
      "members.0.birthDate",
    ],
    [
      "a landline phone",
      () => ({ ...base(), contact: { ...base().contact!, phone: "+994121234567" } }),
      "phoneFormat",
      "contact.phone",
    ],
    [
      "a family with no adult",
      () => ({ ...base(), contact: { ...base().contact!, birthDate: "2010-01-01" }, members: [base().members![1]!] }),
      "noAdult",
      "members",
    ],
    ...(["MISSING", "WHEREABOUTS_UNKNOWN", "IMPRISONED_NOT_SENTENCED"] as const).map(
      (reason): [string, () => unknown, string, string] => [
        `the representative, who is applying, declared absent (${reason})`,
        () => ({
          ...base(),
          declarations: { incomes: [], assets: [], notWorking: [{ memberFin: "5RULES5", reason, caresForFin: null }] },
        }),
        "representativeAbsent",
        "declarations.notWorking.0.reason",
      ],
    ),
    [
      "e-mail chosen without an address",
      () => ({ ...base(), contact: { ...base().contact!, preferredChannel: "EMAIL" } }),
      "emailRequired",
      "contact.email",
    ],
  ];

  it.each(cases)("%s", async (_name, draft, appCode, field) => {
    const { db } = testDb.current();
    const before = await db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { draft: true, draftVersion: true },
    });
    await expect(
      api(user).application.saveDraft({ applicationId, expectedVersion: before.draftVersion, draft: draft() }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: appCode,
      cause: { details: { field } },
    });
    expect(
      await db.application.findUniqueOrThrow({
        where: { id: applicationId },
        select: { draft: true, draftVersion: true },
      }),
    ).toEqual(before);
  });

  it("a save over a newer version is refused, so another device's answers are not overwritten", async () => {
    await api(user).application.saveDraft({ applicationId, expectedVersion: 1, draft: { step: 2 } });
    await expect(
      api(user).application.saveDraft({ applicationId, expectedVersion: 1, draft: { step: 3 } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "draftConflict",
      cause: { details: { version: 2 } },
    });
    expect((await api(user).application.draft({ applicationId })).draft).toEqual({ step: 2 });
  });

  it("an incomplete draft cannot be submitted", async () => {
    const { version } = await api(user).application.draft({ applicationId });
    await expect(
      api(user).application.submit({ applicationId, expectedVersion: version, locale: "az" }),
    ).rejects.toMatchObject({
      message: "draftIncomplete",
      cause: { details: { field: "contact" } },
    });
  });

  it("a draft that declares the representative missing, stored before the rule, is not submitted", async () => {
    const { db } = testDb.current();
    const family = base();
    const draft = {
      ...family,
      step: 5,
      declarations: {
        incomes: [],
        assets: [],
        notWorking: [
          { memberFin: family.members![0]!.fin, reason: "MISSING", caresForFin: null },
          { memberFin: "5RULES5", reason: "IMPRISONED_NOT_SENTENCED", caresForFin: null },
        ],
      },
      consent: { agreed: true },
    };
    const { draftVersion } = await db.application.update({
      where: { id: applicationId },
      data: { draft },
      select: { draftVersion: true },
    });
    await expect(
      api(user).application.submit({ applicationId, expectedVersion: draftVersion, locale: "az" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "representativeAbsent",
      cause: { details: { field: "declarations.notWorking.1.reason" } },
    });
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).toEqual({
      status: "DRAFT",
    });
    // Resumed, the draft keeps every other answer and asks the representative's again.
    const resumed = await api(user).application.draft({ applicationId });
    expect(resumed.draft?.declarations?.notWorking).toEqual([
      { memberFin: family.members![0]!.fin, reason: "MISSING", caresForFin: null },
    ]);
    expect(resumed.draft?.members).toHaveLength(family.members!.length);
    await db.application.update({ where: { id: applicationId }, data: { draft: { step: 2 } } });
  });

  it("another citizen cannot read or write the draft", async () => {
    await expect(api(citizen).application.draft({ applicationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api(citizen).application.saveDraft({ applicationId, expectedVersion: 2, draft: { step: 0 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("announcing can fail without losing the submission", () => {
  it("keeps the submission and marks it for a re-send", async () => {
    const { db } = testDb.current();
    const user = await citizenSession(db, "6SOLO66");
    const draft = withOneChild("6KID666");
    const { id, version } = await startWith(user, draft);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const result = await submitApplication(
      db,
      user,
      { applicationId: id, expectedVersion: version, locale: "en" },
      now,
      {
        announce: () => Promise.reject(new Error("engine down")),
      },
    );
    warn.mockRestore();
    expect((await db.application.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(result.registrationNumber).toMatch(/^VEM-2026-/);
    expect(await db.auditLog.count({ where: { action: "application.announceFailed", applicationId: id } })).toBe(1);
  });
});

describe("the applicant's name", () => {
  it("from e-Gov stays as e-Gov gave it", async () => {
    const { db } = testDb.current();
    const egov = await db.user.create({
      data: { fin: "7EGOV77", role: "CITIZEN", name: "Elnarə Rəşid qızı Məmmədova" },
    });
    const user: SessionUser = { id: egov.id, role: "CITIZEN", name: egov.name, districtCode: null, fin: "7EGOV77" };
    const draft = withOneChild("7KID777");
    const { id, version } = await startWith(user, draft);
    await submitApplication(db, user, { applicationId: id, expectedVersion: version, locale: "az" }, now, {
      announce: async () => undefined,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: egov.id } })).name).toBe("Elnarə Rəşid qızı Məmmədova");
  });
});

describe("the number the applicant's SMS sign-in codes go to", () => {
  it("is the contact number for a citizen signed in with e-Gov, who had none on file", async () => {
    // citizenSession is the account e-Gov leaves: a FIN and no phone; the family of four gives +994501234567.
    const user = await testDb.current().db.user.findUniqueOrThrow({ where: { id: citizen.id } });
    expect(user.phone).toBe("+994501234567");
  });

  it("stays the one the citizen signed in with, whatever contact number the application gives", async () => {
    const { db } = testDb.current();
    const sms = await db.user.create({
      data: { fin: "8SMS888", role: "CITIZEN", name: "8SMS888", phone: "+994557770011" },
    });
    const user: SessionUser = { id: sms.id, role: "CITIZEN", name: sms.name, districtCode: null, fin: "8SMS888" };
    const { id, version } = await startWith(user, withOneChild("8KID888"));
    await submitApplication(db, user, { applicationId: id, expectedVersion: version, locale: "az" }, now, {
      announce: async () => undefined,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: sms.id } })).phone).toBe("+994557770011");
  });
});
