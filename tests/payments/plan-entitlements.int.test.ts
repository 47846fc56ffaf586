import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { recordPayrollOrders } from "@/server/services/payments/record-payroll-orders";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The assistance year's months on a real database: an assignment made in March plans March to February once,
// whatever runs the step twice; a refusal plans nothing; the payroll orders each month due once.

const testDb = migratedDbPerFile("plan_entitlements");
const db = () => testDb.current().db;

beforeAll(async () => {
  await seedReference(db());
});

const assigned = () =>
  assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-17",
    status: "OPENED",
    requestedAt: new Date("2026-03-20T09:00:00Z"),
  });

describe("the months of an assignment", () => {
  it("are the 12 Baku months from the month of application, at the decision's amount, created once", async () => {
    const { application, decision } = await assigned();
    expect(await createEntitlements(db(), decision.id)).toEqual({ months: 12, created: 12 });
    expect(await createEntitlements(db(), decision.id)).toEqual({ months: 12, created: 0 });

    const months = await db().monthlyEntitlement.findMany({
      where: { applicationId: application.id },
      orderBy: { month: "asc" },
    });
    expect(months.map((m) => calendarDateFromDb(m.month))).toEqual([
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
      "2027-01-01",
      "2027-02-01",
    ]);
    expect(new Set(months.map((m) => `${m.amountQepik} ${m.status} ${m.decisionId}`))).toEqual(
      new Set([`40000 PLANNED ${decision.id}`]),
    );
  });

  it("are none for a refusal", async () => {
    const { application, decision } = await assigned();
    await db().decision.update({ where: { id: decision.id }, data: { outcome: "REFUSE", amountQepik: null } });
    expect(await createEntitlements(db(), decision.id)).toEqual({ months: 0, created: 0 });
    expect(await db().monthlyEntitlement.count({ where: { applicationId: application.id } })).toBe(0);
  });
});

describe("the payroll's orders", () => {
  it("order each month due once, for families with an open account, whatever runs twice", async () => {
    const { application, decision } = await assigned();
    const waiting = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-18",
      status: "SENT",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
    });
    await createEntitlements(db(), decision.id);
    await createEntitlements(db(), waiting.decision.id);
    const now = new Date("2026-04-01T05:00:00Z");

    // March and April are due in April: the family with an open account gets both, the one without none yet
    // (other families of this file's database are ordered too, so the rows are counted per family).
    expect(await recordPayrollOrders(db(), { month: "2026-04", now })).toBeGreaterThanOrEqual(2);
    expect(await recordPayrollOrders(db(), { month: "2026-04", now })).toBe(0);
    const orders = await db().paymentOrder.findMany({
      where: { applicationId: { in: [application.id, waiting.application.id] } },
      include: { entitlement: true },
    });
    expect(
      orders.map((o) => [o.applicationId, calendarDateFromDb(o.entitlement!.month), o.amountQepik, o.status]).sort(),
    ).toEqual([
      [application.id, "2026-03-01", 40_000, "PENDING"],
      [application.id, "2026-04-01", 40_000, "PENDING"],
    ]);
    expect(new Set(orders.map((o) => o.idempotencyKey)).size).toBe(2);

    // Once the other account opens, the next run picks up its missed months.
    await db().bankAccountOrder.update({ where: { id: waiting.order.id }, data: { status: "OPENED" } });
    await recordPayrollOrders(db(), { month: "2026-05", now });
    expect(await db().paymentOrder.count({ where: { applicationId: waiting.application.id } })).toBe(3);
    expect(await db().paymentOrder.count({ where: { applicationId: application.id } })).toBe(3);
  });
});
