import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { findPeriodEndings } from "@/server/services/payments/find-period-endings";
import { assistanceYearFile, code, month } from "./assistance-year-fixtures";

// The end of the assistance period on a real database: the notice a month before, once per assignment, and "apply
// again" with a draft filled in from the last application.

const { db, api, family } = assistanceYearFile("assistance_year_period_end");

describe("the end of the period", () => {
  it("is told a month before the period ends, once per assignment", async () => {
    const f = await family();
    const mine = async (now: Date) =>
      (await findPeriodEndings(db(), { now })).due.filter((d) => d.applicationId === f.application.id);
    expect(await mine(new Date("2027-01-27T06:00:00Z"))).toEqual([]);
    expect(await mine(new Date("2027-01-28T06:00:00Z"))).toEqual([
      { applicationId: f.application.id, periodTo: "2027-02-28" },
    ]);
    const first = await enqueueNotification(db(), {
      applicationId: f.application.id,
      kind: "PERIOD_ENDING",
      data: { periodTo: "2027-02-28" },
    });
    const again = await enqueueNotification(db(), {
      applicationId: f.application.id,
      kind: "PERIOD_ENDING",
      data: { periodTo: "2027-02-28" },
    });
    expect([first.created, again.created, again.notificationId]).toEqual([true, false, first.notificationId]);
    expect(await mine(new Date("2027-01-29T06:00:00Z"))).toEqual([]);
    const notice = await db().notification.findUniqueOrThrow({ where: { id: first.notificationId } });
    expect(notice.body).toContain(f.application.registrationNumber);
    // After the period there is nothing to tell.
    const g = await family();
    expect(
      (await findPeriodEndings(db(), { now: new Date("2027-03-01T06:00:00Z") })).due.filter(
        (d) => d.applicationId === g.application.id,
      ),
    ).toEqual([]);
  });

  it("offers to apply again from that day: one tap opens a draft filled in from this application", async () => {
    const f = await family();
    await expect(
      api(f.citizen, new Date("2027-01-20T08:00:00Z")).assistanceYear.applyAgain({
        applicationId: f.application.id,
        locale: "az",
      }),
    ).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === "CONFLICT" && e.message === "familyHasRunningAssignment",
    );
    const now = new Date("2027-01-28T08:00:00Z");
    const opened = await api(f.citizen, now).assistanceYear.applyAgain({
      applicationId: f.application.id,
      locale: "az",
    });
    expect(opened).toMatchObject({ status: "DRAFT", created: true });
    const twice = await api(f.citizen, now).assistanceYear.applyAgain({
      applicationId: f.application.id,
      locale: "az",
    });
    expect(twice).toMatchObject({ id: opened.id, created: false });

    const draft = await api(f.citizen, now).application.draft({ applicationId: opened.id });
    expect(draft.draft?.members?.map((m) => [m.fin, m.firstName, m.relation])).toEqual([[f.fins[1], "Murad", "CHILD"]]);
    expect(draft.draft?.contact).toMatchObject({ firstName: "Aynur", lastName: "Məmmədova", phone: "+994501234567" });
    expect(draft.draft?.address).toEqual({ districtCode: "BAK-NASIMI", address: "Bakı, Füzuli küç. 12, mənzil 4" });
    expect(draft.draft?.consent).toBeUndefined();
  });

  it("copies the wizard's answers of the last application, declarations included, but asks consent again", async () => {
    const f = await family();
    const answers = wizardAnswers(f.fins[1] ?? "", {
      incomes: [{ key: "i1", memberFin: f.fins[0], type: "ALIMONY", monthlyQepik: 5_000, note: "" }],
      assets: [],
      notWorking: [],
    });
    // As the submission records them: the declared income beside the answers.
    await db().application.update({
      where: { id: f.application.id },
      data: {
        draft: answers,
        declaredIncomes: { create: { memberFin: f.fins[0] ?? "", type: "ALIMONY", monthlyQepik: 5_000 } },
      },
    });
    const now = new Date("2027-02-01T08:00:00Z");
    const opened = await api(f.citizen, now).assistanceYear.applyAgain({
      applicationId: f.application.id,
      locale: "ru",
    });
    const draft = await api(f.citizen, now).application.draft({ applicationId: opened.id });
    const { consent: _c, ...rest } = answers;
    expect(draft.draft).toEqual({ ...rest, step: 0 });
  });

  it("starts from the family as it is now: the changes reported during the period are in the new draft", async () => {
    const f = await family();
    const [representative = "", murad = ""] = f.fins;
    const answers = wizardAnswers(murad, {
      incomes: [{ key: "i1", memberFin: murad, type: "GIFT", monthlyQepik: 2_000, note: "from his grandmother" }],
      assets: [{ key: "a1", kind: "LIVESTOCK", description: "cow", quantity: 1, valueQepik: null }],
      notWorking: [{ memberFin: representative, reason: "CARES_FOR_MEMBER", caresForFin: murad }],
    });
    // Reported during the period and applied to the record: Murad left (with his gift), a daughter was born, the
    // mother took work without a labour contract and later a job with one, the family moved.
    await db().application.update({
      where: { id: f.application.id },
      data: {
        draft: answers,
        districtCode: "BAK-YASAMAL",
        address: "Bakı, Şərifzadə küç. 5, mənzil 9",
        declaredIncomes: {
          create: [
            {
              memberFin: representative,
              type: "WAGE",
              monthlyQepik: 30_000,
              startedOn: month("2026-09"),
              registered: false,
            },
            {
              memberFin: representative,
              type: "WAGE",
              monthlyQepik: 45_000,
              startedOn: month("2026-11"),
              registered: true,
            },
          ],
        },
      },
    });
    await db().familyMember.deleteMany({ where: { applicationId: f.application.id, fin: murad } });
    await db().familyMember.create({
      data: {
        applicationId: f.application.id,
        fin: "7LALE12",
        firstName: "Lalə",
        lastName: "Məmmədova",
        birthDate: new Date("2026-10-02T00:00:00Z"),
        relation: "CHILD",
        position: 3,
      },
    });
    const now = new Date("2027-02-01T08:00:00Z");
    const opened = await api(f.citizen, now).assistanceYear.applyAgain({
      applicationId: f.application.id,
      locale: "az",
    });
    const draft = (await api(f.citizen, now).application.draft({ applicationId: opened.id })).draft;
    expect(draft?.members?.map((m) => [m.fin, m.firstName, m.birthDate, m.relation])).toEqual([
      ["7LALE12", "Lalə", "2026-10-02", "CHILD"],
    ]);
    expect(draft?.address).toEqual({ districtCode: "BAK-YASAMAL", address: "Bakı, Şərifzadə küç. 5, mənzil 9" });
    // Only the work no register holds: the contract job is the labour registry's, which the new application asks.
    expect(draft?.declarations?.incomes.map((i) => [i.memberFin, i.type, i.monthlyQepik])).toEqual([
      [representative, "WAGE", 30_000],
    ]);
    // Kept: the contact and the assets as typed; dropped: the care of the child who left.
    expect(draft?.contact).toEqual(answers.contact);
    expect(draft?.declarations?.assets).toEqual(answers.declarations.assets);
    expect(draft?.declarations?.notWorking).toEqual([]);
  });

  it("is not found for another family's application", async () => {
    const f = await family();
    const other = await family();
    await expect(
      api(other.citizen, new Date("2027-02-01T08:00:00Z")).assistanceYear.applyAgain({
        applicationId: f.application.id,
        locale: "az",
      }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
  });
});

/** The wizard's answers of the fixture's family (Aynur and her son Murad) as a submission keeps them. */
function wizardAnswers<Declarations>(muradFin: string, declarations: Declarations) {
  return {
    step: 5,
    contact: {
      firstName: "Aynur",
      lastName: "Məmmədova",
      patronymic: "",
      birthDate: "1988-05-14",
      phone: "+994501234567",
      email: "",
      preferredChannel: "SMS",
    },
    address: { districtCode: "BAK-NASIMI", address: "Bakı, Füzuli küç. 12, mənzil 4" },
    members: [
      {
        key: "m1",
        fin: muradFin,
        firstName: "Murad",
        lastName: "Məmmədov",
        patronymic: "",
        birthDate: "2016-09-01",
        relation: "CHILD",
      },
    ],
    declarations,
    consent: { agreed: true },
  };
}
