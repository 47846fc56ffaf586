import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { enqueueNotification } from "@/server/services/notifications/enqueue-notification";
import { findPeriodEndings } from "@/server/services/payments/find-period-endings";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The assistance year as the family and staff see it, on a real database: the months of an assignment made in
// March 2026 (March 2026 to February 2027), the family's request to resume after the 2-month stop (the stop is
// set here directly, as the payroll would), the end-of-period notice and "apply again".

const testDb = migratedDbPerFile("assistance_year");
const db = () => testDb.current().db;
const api = (user: SessionUser, now: Date) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });
const month = (ym: string) => new Date(`${ym}-01T00:00:00Z`);

let caseworker: SessionUser;
let otherDistrict: SessionUser;

beforeAll(async () => {
  // The outbox renders the notice with the app's address; nothing is sent here.
  Object.assign(process.env, {
    RESEND_API_KEY: "re_test_key",
    RESEND_WEBHOOK_SECRET: "whsec_test",
    MAIL_FROM: "vemtas <no-reply@vemtas.example.az>",
    TWILIO_ACCOUNT_SID: `AC${"0".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "twilio-test-token",
    TWILIO_FROM: "+15005550006",
    APP_BASE_URL: "https://vemtas.example.az",
  });
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  otherDistrict = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
});

async function family() {
  const made = await assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-17",
    status: "OPENED",
    requestedAt: new Date("2026-03-20T09:00:00Z"),
  });
  await createEntitlements(db(), made.decision.id);
  const citizen: SessionUser = {
    id: made.application.applicantId,
    role: "CITIZEN",
    name: "Aynur",
    districtCode: null,
    fin: made.fins[0] ?? null,
  };
  return { ...made, citizen };
}

/** March withdrawn, April and May credited and untouched: the June payroll stopped June to February. */
async function stoppedFromJune(applicationId: string) {
  await db().monthlyEntitlement.updateMany({
    where: { applicationId, month: { in: [month("2026-03"), month("2026-04"), month("2026-05")] } },
    data: { status: "CREDITED" },
  });
  await db().monthlyEntitlement.updateMany({
    where: { applicationId, month: month("2026-03") },
    data: { withdrawnAt: new Date("2026-03-12T10:00:00Z") },
  });
  await db().monthlyEntitlement.updateMany({
    where: { applicationId, month: { gte: month("2026-06") } },
    data: { status: "STOPPED" },
  });
}

const statuses = async (applicationId: string) =>
  Object.fromEntries(
    (await db().monthlyEntitlement.findMany({ where: { applicationId }, orderBy: { month: "asc" } })).map((m) => [
      calendarDateFromDb(m.month).slice(0, 7),
      m.status,
    ]),
  );

const code = (e: unknown) => (e instanceof TRPCError ? e.code : String(e));

describe("the month list", () => {
  it("shows the family each month in words, and the stop with what asking would do", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const view = await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.assignment).toMatchObject({
      amountQepik: 40_000,
      periodFrom: "2026-03-01",
      periodTo: "2027-02-28",
      ended: false,
    });
    expect(view.months).toHaveLength(12);
    expect(view.months.slice(0, 4).map((m) => [m.month, m.amountQepik, m.view])).toEqual([
      ["2026-03", 40_000, "WITHDRAWN"],
      ["2026-04", 40_000, "CREDITED"],
      ["2026-05", 40_000, "CREDITED"],
      ["2026-06", 40_000, "STOPPED"],
    ]);
    expect(view.stop).toEqual({ stoppedFrom: "2026-06", resumable: true, resumeFrom: "2026-07" });
    expect(view.renewal).toEqual({ offeredFrom: "2027-01-28", offered: false });
  });

  it("lists arrears payments", async () => {
    const f = await family();
    await db().paymentOrder.create({
      data: {
        applicationId: f.application.id,
        kind: "ARREARS",
        decisionId: f.decision.id,
        amountQepik: 5_000,
        idempotencyKey: `arrears-${f.decision.id}`,
        status: "CREDITED",
      },
    });
    const view = await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.arrears.map((a) => [a.amountQepik, a.status])).toEqual([[5_000, "CREDITED"]]);
  });

  it("is not found for another family, and outside the caseworker's district", async () => {
    const f = await family();
    const other = await family();
    const now = new Date("2026-06-15T08:00:00Z");
    await expect(api(other.citizen, now).assistanceYear.months({ applicationId: f.application.id })).rejects.toSatisfy(
      (e) => code(e) === "NOT_FOUND",
    );
    await expect(api(otherDistrict, now).assistanceYear.months({ applicationId: f.application.id })).rejects.toSatisfy(
      (e) => code(e) === "NOT_FOUND",
    );
  });

  it("is the same on the staff case file, and the staff read is audited", async () => {
    const f = await family();
    const view = await api(caseworker, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(view.months.map((m) => m.view)).toEqual(Array(12).fill("PLANNED"));
    const rows = await db().auditLog.findMany({ where: { action: "payments.read", applicationId: f.application.id } });
    expect(rows.map((r) => [r.actorUserId, r.districtCode])).toEqual([[caseworker.id, "BAK-NASIMI"]]);
    // The family's own reads are not audited.
    await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.months({ applicationId: f.application.id });
    expect(await db().auditLog.count({ where: { action: "payments.read", applicationId: f.application.id } })).toBe(1);
  });

  it("shows the assignment ended once its last month is credited, or its period has passed", async () => {
    const f = await family();
    const before = await api(f.citizen, new Date("2027-02-10T08:00:00Z")).assistanceYear.months({
      applicationId: f.application.id,
    });
    expect(before.assignment?.ended).toBe(false);
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: month("2027-02") },
      data: { status: "CREDITED" },
    });
    expect(
      (
        await api(f.citizen, new Date("2027-02-10T08:00:00Z")).assistanceYear.months({
          applicationId: f.application.id,
        })
      ).assignment?.ended,
    ).toBe(true);
    const g = await family();
    expect(
      (
        await api(g.citizen, new Date("2027-03-01T08:00:00Z")).assistanceYear.months({
          applicationId: g.application.id,
        })
      ).assignment?.ended,
    ).toBe(true);
  });
});

describe("resuming after the 2-month stop", () => {
  it("pays again from the month after the request, never the stopped months before it, once however often asked", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const june15 = new Date("2026-06-15T08:00:00Z");
    expect(await api(f.citizen, june15).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "RESUMED",
      resumeFrom: "2026-07",
      monthsResumed: 8,
      repeated: false,
    });
    const after = await statuses(f.application.id);
    expect(after["2026-06"]).toBe("STOPPED");
    expect(
      Object.entries(after)
        .filter(([m]) => m >= "2026-07")
        .every(([, s]) => s === "PLANNED"),
    ).toBe(true);

    expect(await api(f.citizen, june15).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "RESUMED",
      resumeFrom: "2026-07",
      monthsResumed: 8,
      repeated: true,
    });
    expect(await statuses(f.application.id)).toEqual(after);
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(1);
    const audit = await db().auditLog.findMany({
      where: { action: "payments.resume-requested", applicationId: f.application.id },
    });
    expect(audit.map((a) => [a.actorUserId, a.actorRole, a.details])).toEqual([
      [
        f.citizen.id,
        "CITIZEN",
        { stoppedFrom: "2026-06", requestMonth: "2026-06", resumeFrom: "2026-07", monthsResumed: 8 },
      ],
    ]);

    // The page no longer offers to resume, and keeps the confirmation.
    const view = await api(f.citizen, june15).assistanceYear.months({ applicationId: f.application.id });
    expect(view.stop).toBeNull();
    expect(view.lastResume).toMatchObject({ stoppedFrom: "2026-06", resumeFrom: "2026-07", monthsResumed: 8 });
  });

  it("a later stop can be lifted again; the months stopped before the first request stay stopped", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: { in: [month("2026-07"), month("2026-08")] } },
      data: { status: "CREDITED" },
    });
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: f.application.id, month: { gte: month("2026-09") } },
      data: { status: "STOPPED" },
    });
    const result = await api(f.citizen, new Date("2026-10-03T08:00:00Z")).assistanceYear.resume({
      applicationId: f.application.id,
    });
    expect(result).toEqual({ outcome: "RESUMED", resumeFrom: "2026-11", monthsResumed: 4, repeated: false });
    const after = await statuses(f.application.id);
    expect([after["2026-06"], after["2026-09"], after["2026-10"], after["2026-11"], after["2027-02"]]).toEqual([
      "STOPPED",
      "STOPPED",
      "STOPPED",
      "PLANNED",
      "PLANNED",
    ]);
  });

  it("in the period's last month resumes nothing and offers to apply again", async () => {
    const f = await family();
    await stoppedFromJune(f.application.id);
    const feb = new Date("2027-02-10T08:00:00Z");
    const view = await api(f.citizen, feb).assistanceYear.months({ applicationId: f.application.id });
    expect(view.stop).toEqual({ stoppedFrom: "2026-06", resumable: false, resumeFrom: null });
    expect(view.renewal?.offered).toBe(true);
    expect(await api(f.citizen, feb).assistanceYear.resume({ applicationId: f.application.id })).toEqual({
      outcome: "PERIOD_ENDING",
      resumeFrom: null,
      monthsResumed: 0,
      repeated: false,
    });
    expect(await api(f.citizen, feb).assistanceYear.resume({ applicationId: f.application.id })).toMatchObject({
      outcome: "PERIOD_ENDING",
      repeated: true,
    });
    expect(Object.values(await statuses(f.application.id)).filter((s) => s === "STOPPED")).toHaveLength(9);
  });

  it("does nothing when payments are not stopped", async () => {
    const f = await family();
    expect(
      await api(f.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).toEqual({ outcome: "NOT_STOPPED", resumeFrom: null, monthsResumed: 0, repeated: false });
    expect(await db().paymentResumeRequest.count({ where: { applicationId: f.application.id } })).toBe(0);
  });

  it("is not found for another family's application, and changes nothing there", async () => {
    const f = await family();
    const other = await family();
    await stoppedFromJune(f.application.id);
    await expect(
      api(other.citizen, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).rejects.toSatisfy((e) => code(e) === "NOT_FOUND");
    expect(Object.values(await statuses(f.application.id)).filter((s) => s === "STOPPED")).toHaveLength(9);
    await expect(
      api(caseworker, new Date("2026-06-15T08:00:00Z")).assistanceYear.resume({ applicationId: f.application.id }),
    ).rejects.toSatisfy((e) => code(e) === "FORBIDDEN");
  });
});

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
    const answers = {
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
          fin: f.fins[1],
          firstName: "Murad",
          lastName: "Məmmədov",
          patronymic: "",
          birthDate: "2016-09-01",
          relation: "CHILD",
        },
      ],
      declarations: {
        incomes: [{ key: "i1", memberFin: f.fins[0], type: "ALIMONY", monthlyQepik: 5_000, note: "" }],
        assets: [],
        notWorking: [],
      },
      consent: { agreed: true },
    };
    await db().application.update({ where: { id: f.application.id }, data: { draft: answers } });
    const now = new Date("2027-02-01T08:00:00Z");
    const opened = await api(f.citizen, now).assistanceYear.applyAgain({
      applicationId: f.application.id,
      locale: "ru",
    });
    const draft = await api(f.citizen, now).application.draft({ applicationId: opened.id });
    const { consent: _c, ...rest } = answers;
    expect(draft.draft).toEqual({ ...rest, step: 0 });
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
