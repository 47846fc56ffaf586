import { beforeAll, describe, expect, it } from "vitest";
import type { EntitlementStatus } from "@/generated/prisma/enums";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { listPaymentMonths } from "@/server/services/payments/list-payment-months";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// A renewal decided while the family's last assignment runs (it applied in the renewal window): the law counts the
// new 12 months from the month of application, and no month may be paid twice (docs/payments.md, "A renewal").

const testDb = migratedDbPerFile("renewal_months");
const db = () => testDb.current().db;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const now = new Date("2026-02-10T08:00:00Z");

beforeAll(async () => {
  await seedReference(db());
});

/** The same family applying again: same applicant, same members, its own ASSIGN decision (no months yet). */
async function renewal(of: { applicantId: string; fins: string[] }, applicationDate: string, amountQepik: number) {
  const month = applicationDate.slice(0, 7);
  const application = await db().application.create({
    data: {
      applicantId: of.applicantId,
      status: "ASSIGNED",
      registrationNumber: `VEM-R-${applicationDate}-${amountQepik}`,
      districtCode: "BAK-NASIMI",
      address: "Bakı, Füzuli küç. 12, mənzil 4",
      contactPhone: "+994501234567",
      submittedAt: day(applicationDate),
      applicationDate: day(applicationDate),
      members: {
        create: of.fins.map((fin, position) => ({
          fin,
          firstName: `M${position}`,
          lastName: "Məmmədov",
          birthDate: day(position === 0 ? "1988-05-14" : "2016-09-01"),
          relation: position === 0 ? ("APPLICANT" as const) : ("CHILD" as const),
          position,
        })),
      },
    },
  });
  const [y, m] = month.split("-").map(Number);
  const decision = await db().decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      memberCount: 2,
      criterionQepik: 30_000,
      incomeQepik: 60_000 - amountQepik,
      amountQepik,
      periodFrom: day(`${month}-01`),
      periodTo: new Date(Date.UTC(y! + 1, m! - 1, 0)),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
  return { application, decision };
}

async function months(applicationId: string) {
  const rows = await db().monthlyEntitlement.findMany({ where: { applicationId }, orderBy: { month: "asc" } });
  return rows.map((r) => ({
    month: calendarDateFromDb(r.month).slice(0, 7),
    status: r.status,
    amountQepik: r.amountQepik,
    decisionId: r.decisionId,
  }));
}

async function setStatus(applicationId: string, month: string, status: EntitlementStatus) {
  await db().monthlyEntitlement.update({
    where: { applicationId_month: { applicationId, month: day(`${month}-01`) } },
    data: { status },
  });
}

describe("a renewal inside the running period", () => {
  it("takes over the months not paid yet from its first month, and leaves those paid or being paid", async () => {
    // April 2025 – March 2026; by February 2026 April–December are credited and January is with the bank.
    const old = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2025-04-10",
      status: "OPENED",
      requestedAt: new Date("2025-04-20T09:00:00Z"),
    });
    await createEntitlements(db(), old.decision.id, now);
    for (const m of ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"])
      await setStatus(old.application.id, m, "CREDITED");
    await setStatus(old.application.id, "2026-01", "ORDERED");
    await setStatus(old.application.id, "2026-03", "STOPPED");

    // The family applied again on 15 January 2026: January – December 2026 at 350 AZN.
    const renewed = await renewal({ applicantId: old.application.applicantId, fins: old.fins }, "2026-01-15", 35_000);
    expect(await createEntitlements(db(), renewed.decision.id, now)).toEqual({ months: 11, created: 11 });
    // Run again (a retried step): nothing changes.
    expect(await createEntitlements(db(), renewed.decision.id, now)).toEqual({ months: 11, created: 0 });

    const before = await months(old.application.id);
    expect(before.filter((m) => m.month >= "2026-01")).toEqual([
      { month: "2026-01", status: "ORDERED", amountQepik: 40_000, decisionId: old.decision.id },
      { month: "2026-02", status: "CANCELLED", amountQepik: 40_000, decisionId: renewed.decision.id },
      { month: "2026-03", status: "CANCELLED", amountQepik: 40_000, decisionId: renewed.decision.id },
    ]);
    const after = await months(renewed.application.id);
    expect(after.map((m) => m.month)).toEqual([
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(new Set(after.map((m) => `${m.status} ${m.amountQepik}`))).toEqual(new Set(["PLANNED 35000"]));

    // Each month of 2026 is paid (or to be paid) once in all.
    const live = [...before, ...after].filter((m) => m.status !== "CANCELLED" && m.month.startsWith("2026"));
    expect(live.map((m) => m.month).sort()).toEqual([...new Set(live.map((m) => m.month))].sort());
    expect(live).toHaveLength(12);

    // The old application's page says where those months went.
    const citizen = {
      id: old.application.applicantId,
      role: "CITIZEN" as const,
      name: "A",
      districtCode: null,
      fin: old.fins[0]!,
    };
    const page = await listPaymentMonths(db(), citizen, old.application.id, now);
    expect(page.months.filter((m) => m.month >= "2026-01").map((m) => `${m.month} ${m.view}`)).toEqual([
      "2026-01 SENT",
      "2026-02 RENEWED",
      "2026-03 RENEWED",
    ]);
    // It names the application the assistance goes on under, and offers no second renewal.
    expect(page.renewedBy).toBe("VEM-R-2026-01-15-35000");
    expect(page.renewal?.offered).toBe(false);
    expect(page.paidEarlier).toEqual([]);

    // The renewal's page runs from January but lists February on: it says January went with the earlier one.
    const renewalPage = await listPaymentMonths(db(), citizen, renewed.application.id, now);
    expect(renewalPage.assignment?.periodFrom).toBe("2026-01-01");
    expect(renewalPage.months[0]?.month).toBe("2026-02");
    expect(renewalPage.paidEarlier).toEqual([{ number: old.application.registrationNumber, months: ["2026-01"] }]);
  });

  it("gives an older application decided later (an appeal) none of the newer one's months", async () => {
    const newer = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-10",
      status: "OPENED",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
    });
    await createEntitlements(db(), newer.decision.id, now);
    // The family's application of June 2025, refused then and assigned on appeal now (June 2025 – May 2026).
    const older = await renewal({ applicantId: newer.application.applicantId, fins: newer.fins }, "2025-06-02", 30_000);
    expect(await createEntitlements(db(), older.decision.id, now)).toEqual({ months: 9, created: 9 });
    expect((await months(older.application.id)).at(-1)?.month).toBe("2026-02");
    const kept = await months(newer.application.id);
    expect(kept).toHaveLength(12);
    expect(new Set(kept.map((m) => `${m.status} ${m.decisionId}`))).toEqual(new Set([`PLANNED ${newer.decision.id}`]));
    // Neither was paid under the other: no note on either page.
    const citizen = {
      id: newer.application.applicantId,
      role: "CITIZEN" as const,
      name: "A",
      districtCode: null,
      fin: newer.fins[0]!,
    };
    for (const id of [older.application.id, newer.application.id])
      expect((await listPaymentMonths(db(), citizen, id, now)).paidEarlier).toEqual([]);
  });

  it("takes nothing from another family", async () => {
    const other = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2025-06-10",
      status: "OPENED",
      requestedAt: new Date("2025-06-20T09:00:00Z"),
    });
    await createEntitlements(db(), other.decision.id, now);
    const mine = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-01-12",
      status: "OPENED",
      requestedAt: new Date("2026-01-20T09:00:00Z"),
    });
    expect(await createEntitlements(db(), mine.decision.id, now)).toEqual({ months: 12, created: 12 });
    expect((await months(other.application.id)).filter((m) => m.status !== "PLANNED")).toEqual([]);
  });
});
