import { randomInt } from "node:crypto";
import type { Db } from "@/server/db/create-client";
import type { ApplicationStatus, Outcome } from "@/generated/prisma/enums";

// A handful of applications with every figure of the reports hand-counted below (February and March 2026, on the
// entered holiday calendar: February has no day off; 20–30 March are Novruz and Ramazan days off).

export const REPORT_PERIOD = { from: "2026-02-01", to: "2026-03-31" } as const;
const REGISTRATION_PREFIX = "RPT";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A moment at 10:00 in Baku (UTC+4) on that day. */
const bakuMorning = (iso: string) => new Date(`${iso}T06:00:00Z`);

async function citizen(db: Db) {
  const fin = Array.from({ length: 7 }, () => "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[randomInt(34)]).join("");
  return db.user.create({ data: { role: "CITIZEN", fin, name: "Hesabat Ailəsi" } });
}

async function application(db: Db, districtCode: string, applicationDate: string, status: ApplicationStatus) {
  const applicant = await citizen(db);
  return db.application.create({
    data: {
      applicantId: applicant.id,
      districtCode,
      status,
      registrationNumber: `${REGISTRATION_PREFIX}-${districtCode}-${String(randomInt(1e9)).padStart(9, "0")}`,
      submittedAt: bakuMorning(applicationDate),
      applicationDate: day(applicationDate),
    },
  });
}

async function decision(
  db: Db,
  applicationId: string,
  outcome: Outcome,
  on: string,
  opts: { final?: boolean; grounds?: string[]; amountQepik?: number } = {},
) {
  const grounds = opts.grounds ?? [];
  const reasons =
    outcome === "REFUSE"
      ? grounds.map((code) => ({ code, kind: "REFUSAL", message: { az: code, ru: code, en: code } }))
      : outcome === "ASSIGN"
        ? [{ code: "LOW_INCOME_ASSIGNED", kind: "ASSIGNMENT", message: { az: "x", ru: "x", en: "x" } }]
        : [{ code: "INCOME_NEAR_THRESHOLD", kind: "REVIEW", message: { az: "x", ru: "x", en: "x" } }];
  return db.decision.create({
    data: {
      applicationId,
      outcome,
      final: opts.final ?? true,
      reasons,
      rulesChecked: [],
      decidedBy: "SYSTEM",
      amountQepik: opts.amountQepik ?? null,
      createdAt: bakuMorning(on),
    },
  });
}

/** Removes what an earlier run of `seedReportFixture` wrote (the e2e database outlives a run). */
export async function clearReportFixture(db: Db): Promise<void> {
  const apps = await db.application.findMany({
    where: { registrationNumber: { startsWith: `${REGISTRATION_PREFIX}-` } },
    select: { id: true },
  });
  const ids = apps.map((a) => a.id);
  if (ids.length === 0) return;
  await db.appeal.deleteMany({ where: { applicationId: { in: ids } } });
  await db.paymentOrder.deleteMany({ where: { applicationId: { in: ids } } });
  await db.monthlyEntitlement.deleteMany({ where: { applicationId: { in: ids } } });
  await db.application.deleteMany({ where: { id: { in: ids } } });
}

/**
 * Writes the reports' test families in `district` (and one in `otherDistrict`) and returns the figures a person
 * counted by hand for `district` over REPORT_PERIOD.
 */
export async function seedReportFixture(db: Db, district: string, otherDistrict: string) {
  const inspector1 = await db.user.findFirstOrThrow({
    where: { role: "INSPECTOR", districtCode: district },
    orderBy: { email: "asc" },
  });
  const inspector2 = await db.user.findFirstOrThrow({
    where: { role: "INSPECTOR", districtCode: district, id: { not: inspector1.id } },
    orderBy: { email: "asc" },
  });

  // A1: applied Mon 2 Feb, assigned Tue 10 Feb: 3,4,5,6,9,10 Feb = 6 working days. Paid in February, plus arrears.
  const a1 = await application(db, district, "2026-02-02", "ASSIGNED");
  const d1 = await decision(db, a1.id, "ASSIGN", "2026-02-10", { amountQepik: 20_000 });
  const e1 = await db.monthlyEntitlement.create({
    data: {
      applicationId: a1.id,
      decisionId: d1.id,
      month: day("2026-02-01"),
      amountQepik: 20_000,
      status: "CREDITED",
    },
  });
  await db.paymentOrder.create({
    data: {
      applicationId: a1.id,
      kind: "MONTHLY",
      entitlementId: e1.id,
      amountQepik: 20_000,
      idempotencyKey: `rpt-${e1.id}`,
      status: "CREDITED",
      answeredAt: bakuMorning("2026-02-20"),
    },
  });
  await db.paymentOrder.create({
    data: {
      applicationId: a1.id,
      kind: "ARREARS",
      decisionId: d1.id,
      amountQepik: 5_000,
      idempotencyKey: `rpt-arrears-${d1.id}`,
      status: "CREDITED",
      answeredAt: bakuMorning("2026-02-20"),
    },
  });
  await db.inspection.create({
    data: {
      applicationId: a1.id,
      inspectorId: inspector1.id,
      scheduledFor: day("2026-02-05"),
      status: "COMPLETED",
      attempt: 1,
    },
  });

  // A2: applied Mon 2 Feb, refused Tue 24 Feb: 16 working days, late. Two grounds. Appealed, upheld.
  const a2 = await application(db, district, "2026-02-02", "REFUSED");
  const d2 = await decision(db, a2.id, "REFUSE", "2026-02-24", {
    grounds: ["INCOME_AT_OR_ABOVE_THRESHOLD", "MOTOR_VEHICLE"],
  });
  await db.inspection.create({
    data: {
      applicationId: a2.id,
      inspectorId: inspector1.id,
      scheduledFor: day("2026-02-04"),
      status: "MISSED",
      attempt: 1,
    },
  });
  await db.inspection.create({
    data: {
      applicationId: a2.id,
      inspectorId: inspector1.id,
      scheduledFor: day("2026-02-09"),
      status: "COMPLETED",
      attempt: 2,
    },
  });
  await db.appeal.create({
    data: {
      applicationId: a2.id,
      decisionId: d2.id,
      reason: "x",
      status: "ANSWERED",
      answerKind: "UPHOLD",
      submittedAt: bakuMorning("2026-02-25"),
      answeredAt: bakuMorning("2026-03-03"),
    },
  });

  // A3: applied Wed 4 Feb, first a REVIEW proposal (not final), refused on Wed 25 Feb, the 15th working day: in time.
  const a3 = await application(db, district, "2026-02-04", "REFUSED");
  await decision(db, a3.id, "REVIEW", "2026-02-05", { final: false });
  await decision(db, a3.id, "REFUSE", "2026-02-25", { grounds: ["MOTOR_VEHICLE"] });
  await db.inspection.create({ data: { applicationId: a3.id, status: "SKIPPED", attempt: 1 } });

  // A4: applied Fri 6 Feb (due Fri 27 Feb), assigned Sat 28 Feb: still 15 working days, but after the due day: late.
  const a4 = await application(db, district, "2026-02-06", "ASSIGNED");
  const d4 = await decision(db, a4.id, "ASSIGN", "2026-02-28", { amountQepik: 15_000 });
  const e4 = await db.monthlyEntitlement.create({
    data: { applicationId: a4.id, decisionId: d4.id, month: day("2026-02-01"), amountQepik: 15_000, status: "ORDERED" },
  });
  await db.paymentOrder.create({
    data: {
      applicationId: a4.id,
      kind: "MONTHLY",
      entitlementId: e4.id,
      amountQepik: 15_000,
      idempotencyKey: `rpt-${e4.id}`,
      status: "SENT",
    },
  });
  await db.appeal.create({
    data: {
      applicationId: a4.id,
      decisionId: d4.id,
      reason: "x",
      status: "OPEN",
      submittedAt: bakuMorning("2026-03-02"),
    },
  });

  // A5 waits for review (visit still scheduled with inspector 2); A6 was withdrawn.
  const a5 = await application(db, district, "2026-02-10", "AWAITING_REVIEW");
  await db.inspection.create({
    data: {
      applicationId: a5.id,
      inspectorId: inspector2.id,
      scheduledFor: day("2026-02-12"),
      status: "SCHEDULED",
      attempt: 1,
    },
  });
  await application(db, district, "2026-02-11", "WITHDRAWN");

  // A9: applied Thu 19 Mar, assigned Tue 31 Mar: 20–30 March are days off, so only 31 March counts: 1 working day.
  const a9 = await application(db, district, "2026-03-19", "ASSIGNED");
  await decision(db, a9.id, "ASSIGN", "2026-03-31", { amountQepik: 10_000 });

  // Outside the scope: an application of January decided in February, and one of another district.
  const a8 = await application(db, district, "2026-01-20", "ASSIGNED");
  await decision(db, a8.id, "ASSIGN", "2026-02-03", { amountQepik: 10_000 });
  const a7 = await application(db, otherDistrict, "2026-02-03", "ASSIGNED");
  await decision(db, a7.id, "ASSIGN", "2026-02-04", { amountQepik: 10_000 });
  await db.inspection.create({
    data: { applicationId: a7.id, scheduledFor: day("2026-02-03"), status: "MISSED", attempt: 1 },
  });

  return {
    inspector1: inspector1.name,
    inspector2: inspector2.name,
    expected: {
      statusFeb: { ASSIGNED: 2, REFUSED: 2, AWAITING_REVIEW: 1, WITHDRAWN: 1 },
      statusMar: { ASSIGNED: 1 },
      // Working days: A9 1, A1 6, A3 15 (on the due day), A4 15 (a Saturday after it), A2 16.
      decisions: { decided: 5, withinDeadline: 3, median: 15, p95: 16, assigned: 3, refused: 2 },
      february: { decided: 4, withinDeadline: 2, median: 15, p95: 16, assigned: 2, refused: 2 },
      march: { decided: 1, withinDeadline: 1, median: 1, p95: 1, assigned: 1, refused: 0 },
      grounds: [
        { code: "MOTOR_VEHICLE", n: 2 },
        { code: "INCOME_AT_OR_ABOVE_THRESHOLD", n: 1 },
      ],
      paymentsFeb: { month: "2026-02", families: 2, plannedQepik: 35_000, paidQepik: 25_000, payments: 2 },
      inspections: [
        { inspector: inspector1.name, visits: 3, completed: 2, missed: 1, scheduled: 0, cancelled: 0 },
        { inspector: inspector2.name, visits: 1, completed: 0, missed: 0, scheduled: 1, cancelled: 0 },
      ],
      appeals: { filed: 2, upheld: 1, changed: 0, open: 1 },
      appealsByMonth: {
        "2026-02": { filed: 1, upheld: 1, changed: 0, open: 0 },
        "2026-03": { filed: 1, upheld: 0, changed: 0, open: 1 },
      },
      // With the other district's application: 6 decided nationally, 4 of them in time.
      national: { decided: 6, withinDeadline: 4 },
    },
  };
}
