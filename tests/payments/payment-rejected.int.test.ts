import { describe, expect, it } from "vitest";
import { calendarDateToDb } from "@/server/db/calendar-date";
import { staffSession } from "../support/seed-reference";
import { eventually } from "../chain/chain-actors";
import { chainPerFile } from "../chain/chain-per-file";
import { payrollActors } from "./payroll-actors";

// A rejected monthly payment through the engine, the bank simulator and the messaging fake (docs/payments.md, "A
// rejected payment"): the bank rejects March (the card is blocked); the sweep of March does not send it again, the
// April payroll does, with a new key; the bank rejects it again and April too, so March goes to the district's
// staff while April is sent again by the May payroll; the caseworker sends March again and it is credited once; the
// family is told each time, and no month is credited twice.

const { db, chain } = chainPerFile("payment_rejected");
const { requestDay, endedRun, bank, ledger, payrollDayOf, holdSchedules, assignedInMarch, months } = payrollActors(
  db,
  chain,
);

const orderOf = (key: string) => db().paymentOrder.findUnique({ where: { idempotencyKey: key } });
const answered = (key: string, status: "CREDITED" | "REJECTED") =>
  eventually(chain(), `${key} ${status}`, async () => (await orderOf(key))?.status === status, 60_000);
const notice = (applicationId: string, month: string, attempt: number) =>
  eventually(
    chain(),
    `the rejection notice for ${month} (attempt ${attempt})`,
    () =>
      db().notification.findFirst({
        where: { dedupeKey: `${applicationId}:PAYMENT_REJECTED:${month}:${attempt}`, status: "SENT" },
      }),
    60_000,
  );

describe("a rejected monthly payment", () => {
  it("is sent again once by the next payroll with a new key, then goes to staff; the family is told each time", async () => {
    await holdSchedules();
    const { id, decision, account } = await assignedInMarch(1);
    const amount = decision.amountQepik!;
    const entitlementId = async (month: string) =>
      (
        await db().monthlyEntitlement.findFirstOrThrow({
          where: { applicationId: id, month: calendarDateToDb(`${month}-01`) },
        })
      ).id;
    const [march, april, may] = await Promise.all(["2026-03", "2026-04", "2026-05"].map(entitlementId));

    // March: the bank rejects the payment (the card account is blocked).
    await bank("/__control/reject-next", { count: 1 });
    const marchDay = await payrollDayOf("2026-03");
    await requestDay("payments/payroll.requested", marchDay);
    expect((await endedRun("run-payroll", marchDay))[0]!.status).toBe("completed");
    await answered(`payment-${march}`, "REJECTED");
    expect((await months(id))["2026-03"]).toBe(`REJECTED:${amount}`);
    // The sweep of the same month sends nothing again (the next payroll does) and tells the family at the latest.
    await requestDay("payments/sweep.requested", marchDay);
    expect((await endedRun("sweep-payroll", marchDay))[0]!.status).toBe("completed");
    const told = await notice(id, "2026-03", 1);
    // It names the card account's branch, the one the bank gave, where the family asks about a blocked card.
    const opened = await db().bankAccountOrder.findFirstOrThrow({ where: { applicationId: id, status: "OPENED" } });
    expect(opened.branchName).toBeTruthy();
    expect(told.payload).toMatchObject({ branch: { name: opened.branchName, address: opened.branchAddress } });
    expect((await ledger()).filter((p) => p.account === account)).toHaveLength(1);
    expect((await months(id))["2026-03"]).toBe(`REJECTED:${amount}`);

    // April: March is sent again with its second key, April for the first time; the bank rejects both.
    await bank("/__control/reject-next", { count: 2 });
    const aprilDay = await payrollDayOf("2026-04");
    await requestDay("payments/payroll.requested", aprilDay);
    expect((await endedRun("run-payroll", aprilDay))[0]!.status).toBe("completed");
    await answered(`payment-${march}-2`, "REJECTED");
    await answered(`payment-${april}`, "REJECTED");
    expect(await orderOf(`payment-${march}-2`)).toMatchObject({ attempt: 2, reasonCode: "ACCOUNT_BLOCKED" });
    // The April payroll again (a repeated run) and its sweep: no third attempt for March, no second for April yet.
    await requestDay("payments/payroll.requested", aprilDay);
    await endedRun("run-payroll", aprilDay, 2);
    await requestDay("payments/sweep.requested", aprilDay);
    await endedRun("sweep-payroll", aprilDay);
    await notice(id, "2026-03", 2);
    await notice(id, "2026-04", 1);
    expect(await db().paymentOrder.count({ where: { applicationId: id } })).toBe(3);

    // March after its second rejection needs a person: the district's staff see it.
    const { listNeedsAttention } = await import("@/server/services/reviews/list-needs-attention");
    const app = await db().application.findUniqueOrThrow({ where: { id } });
    const caseworker = await db().user.findFirstOrThrow({
      where: { role: "CASEWORKER", districtCode: app.districtCode },
    });
    const attention = await listNeedsAttention(db(), await staffSession(db(), caseworker.email!), new Date());
    expect(
      attention.filter((r) => r.applicationId === id && r.kind === "PAYMENT_REJECTED").map((r) => r.detail),
    ).toEqual(["2026-03 ACCOUNT_BLOCKED"]);

    // May: April is sent again and credited, May credited; March is left to the staff.
    const mayDay = await payrollDayOf("2026-05");
    await requestDay("payments/payroll.requested", mayDay);
    expect((await endedRun("run-payroll", mayDay))[0]!.status).toBe("completed");
    await answered(`payment-${april}-2`, "CREDITED");
    await answered(`payment-${may}`, "CREDITED");
    const after = await months(id);
    expect([after["2026-03"], after["2026-04"], after["2026-05"]]).toEqual([
      `REJECTED:${amount}`,
      `CREDITED:${amount}`,
      `CREDITED:${amount}`,
    ]);
    expect(await db().notification.count({ where: { applicationId: id, kind: "PAYMENT_REJECTED" } })).toBe(3);

    // March, after the family's card is unblocked: the caseworker sends it again (pressed twice); the background
    // function sends the third attempt once and the bank credits it; sending that order again sends nothing.
    const { createCaller } = await import("@/server/api/root");
    const staffApi = createCaller({
      db: db(),
      user: await staffSession(db(), caseworker.email!),
      now: new Date(),
      authSecret: "x".repeat(32),
    });
    const ref = { applicationId: id, entitlementId: march!, accountConfirmed: true as const };
    await Promise.allSettled([
      staffApi.assistanceYear.resendRejected(ref),
      staffApi.assistanceYear.resendRejected(ref),
    ]);
    await answered(`payment-${march}-3`, "CREDITED");
    const { sendPaymentOrders } = await import("@/server/services/payments/send-payment-orders");
    expect(
      await sendPaymentOrders(db(), { after: null, limit: 1, staleBefore: null, orderIds: [`pay-${march}-3`] }),
    ).toMatchObject({ count: 0 });
    expect((await months(id))["2026-03"]).toBe(`CREDITED:${amount}`);

    // The bank's ledger: every attempt booked once under its own key, and no month credited twice.
    const books = (await ledger()).filter((p) => p.account === account);
    expect(new Set(books.map((p) => p.idempotencyKey)).size).toBe(books.length);
    expect(books.map((p) => [p.idempotencyKey, p.month, p.status]).sort()).toEqual(
      [
        [`payment-${march}`, "2026-03", "REJECTED"],
        [`payment-${march}-2`, "2026-03", "REJECTED"],
        [`payment-${march}-3`, "2026-03", "CREDITED"],
        [`payment-${april}`, "2026-04", "REJECTED"],
        [`payment-${april}-2`, "2026-04", "CREDITED"],
        [`payment-${may}`, "2026-05", "CREDITED"],
      ].sort(),
    );
    for (const month of ["2026-03", "2026-04", "2026-05"])
      expect(books.filter((p) => p.month === month && p.status === "CREDITED").length).toBeLessThanOrEqual(1);
  }, 400_000);
});
