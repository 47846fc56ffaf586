import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller as CreateCaller } from "@/server/api/root";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { createEntitlements } from "@/server/services/payments/plan-entitlements";
import { listNeedsAttention } from "@/server/services/reviews/list-needs-attention";
import { assignedWithBankOrder } from "../support/case-fixtures";
import { startEventSink, type EventSink } from "../support/event-sink";
import { applicantSession, citizenSession, seedReference, staffSession } from "../support/seed-reference";
import { migratedDbPerFile } from "../support/test-db";

// Staff acting on a month the bank rejected twice (docs/payments.md, "A rejected payment"), on a real database:
// sending it again makes one new attempt however often and however concurrently pressed, and announces it;
// cancelling closes it; both only in the caller's district, only for a month still rejected, and audited.

const testDb = migratedDbPerFile("rejected_month_staff");
const db = (): Db => testDb.current().db;
const now = new Date("2026-06-10T09:00:00Z");

// The Inngest client reads INNGEST_DEV when it is created: the router is imported once the sink listens.
let createCaller: typeof CreateCaller;
let sink: EventSink;
let caseworker: SessionUser;
let supervisor: SessionUser;
let sabunchuCaseworker: SessionUser;

const api = (user: SessionUser) => createCaller({ db: db(), user, now, authSecret: "x".repeat(32) });

/** A family assigned in March with its card open, March rejected twice by the bank (the card is blocked). */
async function marchRejectedTwice(account: "OPENED" | "FAILED" = "OPENED") {
  const made = await assignedWithBankOrder(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: "2026-03-17",
    status: account,
    requestedAt: new Date("2026-03-20T09:00:00Z"),
  });
  await createEntitlements(db(), made.decision.id);
  const march = await db().monthlyEntitlement.findFirstOrThrow({
    where: { applicationId: made.application.id, month: new Date("2026-03-01T00:00:00Z") },
  });
  await db().monthlyEntitlement.update({ where: { id: march.id }, data: { status: "REJECTED" } });
  for (const attempt of [1, 2])
    await db().paymentOrder.create({
      data: {
        id: attempt === 1 ? `pay-${march.id}` : `pay-${march.id}-2`,
        applicationId: made.application.id,
        kind: "MONTHLY",
        entitlementId: march.id,
        amountQepik: march.amountQepik,
        idempotencyKey: attempt === 1 ? `payment-${march.id}` : `payment-${march.id}-2`,
        status: "REJECTED",
        attempt,
        reasonCode: "ACCOUNT_BLOCKED",
        toldAt: now,
      },
    });
  const ref = { applicationId: made.application.id, entitlementId: march.id };
  return { ...made, march, ref };
}

const attention = async (applicationId: string) =>
  (await listNeedsAttention(db(), caseworker, now)).filter(
    (r) => r.applicationId === applicationId && r.kind === "PAYMENT_REJECTED",
  );

beforeAll(async () => {
  sink = await startEventSink();
  Object.assign(process.env, { INNGEST_DEV: sink.url });
  ({ createCaller } = await import("@/server/api/root"));
  await seedReference(db());
  caseworker = await staffSession(db(), "caseworker.nasimi@vemtas.local");
  supervisor = await staffSession(db(), "supervisor.nasimi@vemtas.local");
  sabunchuCaseworker = await staffSession(db(), "caseworker.sabunchu@vemtas.local");
});

afterAll(async () => {
  await sink?.stop();
});

describe("a rejected month, sent again by staff", () => {
  it("makes one third attempt with its own key when two staff press at once, announced and audited", async () => {
    const { march, ref } = await marchRejectedTwice();
    expect(await attention(ref.applicationId)).toHaveLength(1);
    const pressed = await Promise.allSettled([
      api(caseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
      api(supervisor).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
    ]);
    const done = pressed.flatMap((p) => (p.status === "fulfilled" ? [p.value] : []));
    expect(done).toEqual([{ orderId: `pay-${march.id}-3`, month: "2026-03", attempt: 3 }]);
    const refused = pressed.flatMap((p) => (p.status === "rejected" ? [p.reason as { code?: string }] : []));
    expect(refused.map((e) => e.code)).toEqual(["CONFLICT"]);

    const orders = await db().paymentOrder.findMany({
      where: { entitlementId: march.id },
      orderBy: { attempt: "asc" },
    });
    expect(orders.map((o) => [o.attempt, o.idempotencyKey, o.status, o.amountQepik])).toEqual([
      [1, `payment-${march.id}`, "REJECTED", march.amountQepik],
      [2, `payment-${march.id}-2`, "REJECTED", march.amountQepik],
      [3, `payment-${march.id}-3`, "PENDING", march.amountQepik],
    ]);
    expect((await db().monthlyEntitlement.findUniqueOrThrow({ where: { id: march.id } })).status).toBe("ORDERED");
    expect(await attention(ref.applicationId)).toEqual([]);
    expect(sink.events.filter((e) => e.name === "payments/resend.requested")).toEqual([
      expect.objectContaining({
        id: `payment-resend-pay-${march.id}-3`,
        data: { applicationId: ref.applicationId, orderId: `pay-${march.id}-3` },
      }),
    ]);
    const audit = await db().auditLog.findMany({
      where: { action: "payments.month-resent", applicationId: ref.applicationId },
    });
    expect(audit.map((a) => a.details)).toEqual([
      { month: "2026-03", attempt: 3, previousOrderId: `pay-${march.id}-2`, previousReason: "ACCOUNT_BLOCKED" },
    ]);

    // Pressed again later: the month is no longer rejected.
    await expect(
      api(caseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().paymentOrder.count({ where: { entitlementId: march.id } })).toBe(3);

    // The bank rejects the third attempt too: the month is back under Needs attention once, with the latest reason.
    await db().paymentOrder.update({
      where: { id: `pay-${march.id}-3` },
      data: { status: "REJECTED", reasonCode: "ACCOUNT_NOT_FOUND" },
    });
    await db().monthlyEntitlement.update({ where: { id: march.id }, data: { status: "REJECTED" } });
    expect((await attention(ref.applicationId)).map((r) => r.detail)).toEqual(["2026-03 ACCOUNT_NOT_FOUND"]);
  });

  it("is refused while the family's card account is not open", async () => {
    const { march, ref } = await marchRejectedTwice("FAILED");
    await expect(
      api(caseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db().paymentOrder.count({ where: { entitlementId: march.id } })).toBe(2);
  });
});

describe("a rejected month, cancelled by staff", () => {
  it("is no longer owed nor shown under Needs attention, and the reason is audited", async () => {
    const { march, ref } = await marchRejectedTwice();
    expect(await api(supervisor).assistanceYear.cancelRejected({ ...ref, reason: "PAID_OTHERWISE" })).toEqual({
      month: "2026-03",
    });
    expect((await db().monthlyEntitlement.findUniqueOrThrow({ where: { id: march.id } })).status).toBe("CANCELLED");
    expect(await attention(ref.applicationId)).toEqual([]);
    const audit = await db().auditLog.findMany({
      where: { action: "payments.month-cancelled", applicationId: ref.applicationId },
    });
    expect(audit.map((a) => [a.actorUserId, a.details])).toEqual([
      [supervisor.id, { month: "2026-03", reason: "PAID_OTHERWISE", lastOrderId: `pay-${march.id}-2` }],
    ]);
    // Neither action applies to it any more.
    await expect(
      api(caseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      api(caseworker).assistanceYear.cancelRejected({ ...ref, reason: "FAMILY_DECLINED" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("who may act on a rejected month", () => {
  it("not another district's caseworker, nor the family, nor a month of another application; nothing changes", async () => {
    const { march, ref, fins } = await marchRejectedTwice();
    const other = await marchRejectedTwice();
    await expect(
      api(sabunchuCaseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      api(sabunchuCaseworker).assistanceYear.cancelRejected({ ...ref, reason: "PAID_OTHERWISE" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const family = await citizenSession(db(), fins[0]!);
    await expect(api(family).assistanceYear.resendRejected({ ...ref, accountConfirmed: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      api(caseworker).assistanceYear.cancelRejected({
        applicationId: other.ref.applicationId,
        entitlementId: march.id,
        reason: "PAID_OTHERWISE",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().monthlyEntitlement.findUniqueOrThrow({ where: { id: march.id } })).status).toBe("REJECTED");
    expect(await db().paymentOrder.count({ where: { entitlementId: march.id } })).toBe(2);
    expect(
      await db().auditLog.count({
        where: { applicationId: ref.applicationId, action: { startsWith: "payments.month-" } },
      }),
    ).toBe(0);
  });
});

describe("what the case file says about a rejected month", () => {
  /** A family whose March the June payroll's order was rejected once, for `reason`. */
  async function marchRejectedOnce(reason: string | null) {
    const made = await assignedWithBankOrder(db(), {
      districtCode: "BAK-NASIMI",
      applicationDate: "2026-03-17",
      status: "OPENED",
      requestedAt: new Date("2026-03-20T09:00:00Z"),
    });
    await createEntitlements(db(), made.decision.id);
    const march = await db().monthlyEntitlement.findFirstOrThrow({
      where: { applicationId: made.application.id, month: new Date("2026-03-01T00:00:00Z") },
    });
    await db().monthlyEntitlement.update({ where: { id: march.id }, data: { status: "REJECTED" } });
    await db().paymentOrder.create({
      data: {
        id: `pay-${march.id}`,
        applicationId: made.application.id,
        kind: "MONTHLY",
        entitlementId: march.id,
        amountQepik: march.amountQepik,
        idempotencyKey: `payment-${march.id}`,
        status: "REJECTED",
        attempt: 1,
        reasonCode: reason,
        payrollMonth: new Date("2026-06-01T00:00:00Z"),
        toldAt: now,
      },
    });
    return { ...made, march, ref: { applicationId: made.application.id, entitlementId: march.id } };
  }
  const rejections = async (user: SessionUser, applicationId: string) =>
    (await api(user).assistanceYear.months({ applicationId })).rejections;

  it("gives the bank's code and the payroll that sends it again by itself, as the family was told", async () => {
    const { ref, march } = await marchRejectedOnce("ACCOUNT_BLOCKED");
    expect(await rejections(caseworker, ref.applicationId)).toEqual([
      {
        entitlementId: march.id,
        month: "2026-03",
        times: 1,
        reasonCode: "ACCOUNT_BLOCKED",
        open: true,
        retryWith: "2026-07",
      },
    ]);
    // The family's page is not given the bank's code (its message said what to do).
    expect(await rejections(await applicantSession(db(), ref.applicationId), ref.applicationId)).toEqual([]);
  });

  it("says no automatic attempt follows a reason that needs a person, nor a second rejection", async () => {
    const notFound = await marchRejectedOnce("ACCOUNT_NOT_FOUND");
    expect(await rejections(caseworker, notFound.ref.applicationId)).toMatchObject([
      { month: "2026-03", times: 1, reasonCode: "ACCOUNT_NOT_FOUND", open: true, retryWith: null },
    ]);
    const twice = await marchRejectedTwice();
    expect(await rejections(supervisor, twice.ref.applicationId)).toMatchObject([
      { month: "2026-03", times: 2, reasonCode: "ACCOUNT_BLOCKED", open: true, retryWith: null },
    ]);
  });

  it("keeps that the month was rejected once staff sent it again", async () => {
    const { ref } = await marchRejectedTwice();
    await api(caseworker).assistanceYear.resendRejected({ ...ref, accountConfirmed: true });
    const view = await api(caseworker).assistanceYear.months({ applicationId: ref.applicationId });
    expect(view.months.find((m) => m.month === "2026-03")?.view).not.toBe("NOT_PAID");
    expect(view.rejections).toMatchObject([
      { month: "2026-03", times: 2, reasonCode: "ACCOUNT_BLOCKED", open: false, retryWith: null },
    ]);
  });
});
