import { beforeAll, describe, expect, it } from "vitest";
import { calendarDateFromDb, calendarDateToDb } from "@/server/db/calendar-date";
import { applyAssignmentChange } from "@/server/services/payments/apply-assignment-change";
import { applyPaymentAnswer } from "@/server/services/payments/apply-payment-answer";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { recordPayrollOrders } from "@/server/services/payments/record-payroll-orders";
import { requestPaymentResumption } from "@/server/services/payments/request-payment-resumption";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { seedReference } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// The assignment/changed handler's service on a real database: a raise pays the months already paid short once,
// whatever runs twice, and a later raise owes only the rest; a refusal from July cancels the unpaid months from July
// and claws nothing back; months stopped for no withdrawal take a raise too, so a resumption pays it. The bank's
// answer moves an order (and its month) once.

const testDb = migratedDbPerFile("replan_assignment");
const db = () => testDb.current().db;
const now = new Date("2026-04-20T08:00:00Z");

beforeAll(async () => {
  await seedReference(db());
});

async function supersede(
  previousId: string,
  change: { outcome?: "ASSIGN" | "REFUSE"; amountQepik: number | null; effectiveFrom?: string },
) {
  const prev = await db().decision.findUniqueOrThrow({ where: { id: previousId } });
  return db().decision.create({
    data: {
      applicationId: prev.applicationId,
      outcome: change.outcome ?? "ASSIGN",
      amountQepik: change.amountQepik,
      periodFrom: prev.periodFrom,
      periodTo: prev.periodTo,
      effectiveFrom: change.effectiveFrom ? calendarDateToDb(change.effectiveFrom) : null,
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
      supersedesId: prev.id,
    },
  });
}

const monthsOf = async (applicationId: string) =>
  (await db().monthlyEntitlement.findMany({ where: { applicationId }, orderBy: { month: "asc" } })).map(
    (e) => `${calendarDateFromDb(e.month).slice(0, 7)} ${e.status} ${e.amountQepik}`,
  );

/** March and April paid through the payroll's own services. */
async function paidThroughApril() {
  const { application, decision } = await assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-17",
    status: "OPENED",
    requestedAt: new Date("2026-03-20T09:00:00Z"),
  });
  await createEntitlements(db(), decision.id);
  await recordPayrollOrders(db(), { month: "2026-04", now });
  for (const o of await db().paymentOrder.findMany({ where: { applicationId: application.id } })) {
    expect(await applyPaymentAnswer(db(), o.id, { status: "CREDITED", bankPaymentId: `BP-${o.id}` }, now)).toBe(true);
  }
  return { application, decision };
}

describe("a later decision's months", () => {
  it("a raise pays March and April's difference once, a second raise only the rest, and a stale event nothing", async () => {
    const { application, decision } = await paidThroughApril();
    const raise = await supersede(decision.id, { amountQepik: 50_000 });
    const first = await applyAssignmentChange(db(), { applicationId: application.id, decisionId: raise.id, now });
    expect(first).toMatchObject({ arrearsQepik: 20_000, changed: 10 });
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: raise.id, now }),
    ).toMatchObject({ arrearsQepik: 0, arrearsOrderId: first.arrearsOrderId });
    const arrears = await db().paymentOrder.findMany({ where: { applicationId: application.id, kind: "ARREARS" } });
    expect(arrears.map((o) => [o.idempotencyKey, o.amountQepik, o.status])).toEqual([
      [`arrears-${raise.id}`, 20_000, "PENDING"],
    ]);
    expect((await monthsOf(application.id)).slice(0, 3)).toEqual([
      "2026-03 CREDITED 50000",
      "2026-04 CREDITED 50000",
      "2026-05 PLANNED 50000",
    ]);

    const again = await supersede(raise.id, { amountQepik: 55_000 });
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: again.id, now }),
    ).toMatchObject({ arrearsQepik: 10_000 });
    // The superseded decision's event, arriving late, changes nothing.
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: raise.id, now }),
    ).toMatchObject({ changed: 0, arrearsQepik: 0, arrearsOrderId: null });
    expect(
      (
        await db().paymentOrder.findMany({
          where: { applicationId: application.id, kind: "ARREARS" },
          orderBy: { amountQepik: "desc" },
        })
      ).map((o) => o.amountQepik),
    ).toEqual([20_000, 10_000]);
  });

  it("a refusal from July cancels July to February and keeps what was paid", async () => {
    const { application, decision } = await paidThroughApril();
    const refusal = await supersede(decision.id, { outcome: "REFUSE", amountQepik: null, effectiveFrom: "2026-07-01" });
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: refusal.id, now }),
    ).toMatchObject({ cancelled: 8, arrearsQepik: 0, arrearsOrderId: null });
    const months = await monthsOf(application.id);
    expect(months.slice(0, 4)).toEqual([
      "2026-03 CREDITED 40000",
      "2026-04 CREDITED 40000",
      "2026-05 PLANNED 40000",
      "2026-06 PLANNED 40000",
    ]);
    expect(months.slice(4).every((m) => m.includes("CANCELLED"))).toBe(true);
  });
  it("an appeal answer that overturns the ending pays the months it cancelled again, not a month staff cancelled", async () => {
    const { application, decision } = await paidThroughApril();
    // August was rejected by the bank and cancelled by staff before the change decision ended the assistance.
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: application.id, month: calendarDateToDb("2026-08-01") },
      data: { status: "CANCELLED" },
    });
    const ending = await supersede(decision.id, { outcome: "REFUSE", amountQepik: null, effectiveFrom: "2026-07-01" });
    await applyAssignmentChange(db(), { applicationId: application.id, decisionId: ending.id, now });
    const answer = await supersede(ending.id, { amountQepik: 45_000, effectiveFrom: "2026-07-01" });
    const applied = await applyAssignmentChange(db(), { applicationId: application.id, decisionId: answer.id, now });
    expect(applied).toMatchObject({ revived: 7, cancelled: 0, added: 0, arrearsQepik: 0 });
    const months = await monthsOf(application.id);
    expect(months.slice(2, 7)).toEqual([
      "2026-05 PLANNED 40000",
      "2026-06 PLANNED 40000",
      "2026-07 PLANNED 45000",
      "2026-08 CANCELLED 40000",
      "2026-09 PLANNED 45000",
    ]);
    expect(months.at(-1)).toBe("2027-02 PLANNED 45000");
    // Run again (steps run at least once): nothing more changes.
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: answer.id, now }),
    ).toMatchObject({ revived: 0, changed: 0, cancelled: 0, added: 0 });
    expect(await monthsOf(application.id)).toEqual(months);
  });
  it("a month the bank rejected before the ending comes back rejected, and the next payroll sends it again", async () => {
    const { application, decision } = await paidThroughApril();
    // May's payment is rejected (a blocked card); the change decision then ends the assistance from May.
    await recordPayrollOrders(db(), { month: "2026-05", now });
    const may = await db().paymentOrder.findFirstOrThrow({
      where: { applicationId: application.id, status: "PENDING", kind: "MONTHLY" },
    });
    await applyPaymentAnswer(
      db(),
      may.id,
      { status: "REJECTED", bankPaymentId: null, reasonCode: "ACCOUNT_BLOCKED" },
      now,
    );
    const ending = await supersede(decision.id, { outcome: "REFUSE", amountQepik: null, effectiveFrom: "2026-05-01" });
    await applyAssignmentChange(db(), { applicationId: application.id, decisionId: ending.id, now });
    expect((await monthsOf(application.id))[2]).toBe("2026-05 CANCELLED 40000");

    const answer = await supersede(ending.id, { amountQepik: 40_000, effectiveFrom: "2026-05-01" });
    await applyAssignmentChange(db(), { applicationId: application.id, decisionId: answer.id, now });
    expect((await monthsOf(application.id)).slice(2, 4)).toEqual(["2026-05 REJECTED 40000", "2026-06 PLANNED 40000"]);
    // June's payroll sends May again under its second attempt's key, and June once.
    await recordPayrollOrders(db(), { month: "2026-06", now });
    const orders = await db().paymentOrder.findMany({
      where: { applicationId: application.id, status: "PENDING" },
      orderBy: { idempotencyKey: "asc" },
    });
    const mayRow = await db().monthlyEntitlement.findFirstOrThrow({
      where: { applicationId: application.id, month: calendarDateToDb("2026-05-01") },
    });
    expect(orders.map((o) => o.idempotencyKey)).toContain(`payment-${mayRow.id}-2`);
    expect(orders).toHaveLength(2);
    expect((await monthsOf(application.id)).slice(2, 4)).toEqual(["2026-05 ORDERED 40000", "2026-06 ORDERED 40000"]);
  });
  it("months stopped for no withdrawal before the ending come back stopped, and the next payroll pays none", async () => {
    const { application, decision } = await paidThroughApril();
    // The payroll stopped May on; the change decision then ends the assistance from July.
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: application.id, month: { gte: calendarDateToDb("2026-05-01") } },
      data: { status: "STOPPED" },
    });
    const ending = await supersede(decision.id, { outcome: "REFUSE", amountQepik: null, effectiveFrom: "2026-07-01" });
    await applyAssignmentChange(db(), { applicationId: application.id, decisionId: ending.id, now });
    const answer = await supersede(ending.id, { amountQepik: 40_000, effectiveFrom: "2026-07-01" });
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: answer.id, now }),
    ).toMatchObject({ revived: 8 });
    const months = await monthsOf(application.id);
    expect(months.slice(2).every((m) => m.endsWith("STOPPED 40000"))).toBe(true);
    expect(months).toHaveLength(12);
    await recordPayrollOrders(db(), { month: "2026-07", now });
    expect(await db().paymentOrder.count({ where: { applicationId: application.id, status: "PENDING" } })).toBe(0);
  });
  it("a raise reaches the stopped months, so a resumption pays the new amount; March and April get one arrears payment", async () => {
    const { application, decision } = await paidThroughApril();
    // The payroll stopped May to February for no withdrawal.
    await db().monthlyEntitlement.updateMany({
      where: { applicationId: application.id, month: { gte: calendarDateToDb("2026-05-01") } },
      data: { status: "STOPPED" },
    });
    const raise = await supersede(decision.id, { amountQepik: 50_000 });
    const first = await applyAssignmentChange(db(), { applicationId: application.id, decisionId: raise.id, now });
    expect(first).toMatchObject({ arrearsQepik: 20_000, changed: 10, cancelled: 0 });
    expect(await monthsOf(application.id)).toEqual([
      "2026-03 CREDITED 50000",
      "2026-04 CREDITED 50000",
      ...[
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
      ].map((m) => `${m} STOPPED 50000`),
    ]);
    expect(
      await applyAssignmentChange(db(), { applicationId: application.id, decisionId: raise.id, now }),
    ).toMatchObject({ changed: 0, arrearsQepik: 0, arrearsOrderId: first.arrearsOrderId });

    // The family asks in June: July on is paid again, at the new amount; May and June stay stopped (no back pay).
    const citizen = {
      id: application.applicantId,
      role: "CITIZEN" as const,
      name: "Aynur",
      districtCode: null,
      fin: null,
    };
    const june15 = new Date("2026-06-15T08:00:00Z");
    expect(await requestPaymentResumption(db(), citizen, application.id, june15)).toMatchObject({
      outcome: "RESUMED",
      resumeFrom: "2026-07",
    });
    await recordPayrollOrders(db(), { month: "2026-07", now: june15 }); // other tests' families are ordered too
    const orders = await db().paymentOrder.findMany({
      where: { applicationId: application.id },
      include: { entitlement: true },
    });
    expect(
      orders
        .map(
          (o) =>
            `${o.kind} ${o.entitlement ? calendarDateFromDb(o.entitlement.month).slice(0, 7) : "-"} ${o.amountQepik}`,
        )
        .sort(),
    ).toEqual(["ARREARS - 20000", "MONTHLY 2026-03 40000", "MONTHLY 2026-04 40000", "MONTHLY 2026-07 50000"]);
    expect((await monthsOf(application.id)).slice(2, 5)).toEqual([
      "2026-05 STOPPED 50000",
      "2026-06 STOPPED 50000",
      "2026-07 ORDERED 50000",
    ]);
  });
});

describe("the bank's answer to a payment", () => {
  it("moves a waiting order and its month once; a second, different answer changes nothing", async () => {
    const { application, decision } = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-18",
      status: "OPENED",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
    });
    await createEntitlements(db(), decision.id);
    await recordPayrollOrders(db(), { month: "2026-03", now });
    const order = await db().paymentOrder.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(
      await applyPaymentAnswer(
        db(),
        order.id,
        { status: "REJECTED", bankPaymentId: "BP-1", reasonCode: "ACCOUNT_BLOCKED" },
        now,
      ),
    ).toBe(true);
    expect(await applyPaymentAnswer(db(), order.id, { status: "CREDITED", bankPaymentId: "BP-1" }, now)).toBe(false);
    const after = await db().paymentOrder.findUniqueOrThrow({
      where: { id: order.id },
      include: { entitlement: true },
    });
    expect([after.status, after.lastError, after.entitlement?.status]).toEqual([
      "REJECTED",
      "rejected ACCOUNT_BLOCKED",
      "REJECTED",
    ]);
  });
});
