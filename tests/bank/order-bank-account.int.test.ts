import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { orderBankAccount, RetryableBankError } from "@/server/services/bank/order-bank-account";
import type { BankSim } from "../../tools/fakes/bank-sim";
import type { EventSink } from "../support/event-sink";
import { bankTestbed } from "./bank-testbed";

// Ordering a family's bank account: once however often the step runs, through timeouts, errors and rejections.

// 400 ms: the timeout test below waits that long for an answer the bank holds back.
const bank = bankTestbed("bank-order", 400);
const { assignedDecision, simOrders, control, openedOrder, pointAtBank } = bank;
let db: Db;
let sim: BankSim;
let syncSim: BankSim;
let eventSink: EventSink;
beforeAll(() => {
  ({ db, sim, syncSim, eventSink } = bank.current());
});

describe("bank account order", () => {
  it("opens one account however many times the step runs, and keeps only the masked number", async () => {
    pointAtBank(sim);
    const decision = await assignedDecision();
    const before = (await simOrders()).orders.length;

    const results = [];
    for (let i = 0; i < 3; i++) results.push(await orderBankAccount(db, { decisionId: decision.id }));
    for (const r of results) expect(["SENT", "OPENED"]).toContain(r.status);
    expect(new Set(results.map((r) => r.orderId)).size).toBe(1);
    // Three concurrent runs on top: still the one order.
    await Promise.allSettled([1, 2, 3].map(() => orderBankAccount(db, { decisionId: decision.id })));

    const order = await openedOrder(decision.id);
    const books = await simOrders();
    expect(books.orders.length - before).toBe(1);
    const opened = sim.state.find(order.idempotencyKey)!;
    expect(order.accountMasked).toMatch(/^AZ\d{2} \*\*\*\* \d{4}$/);
    expect(JSON.stringify(order)).not.toContain(opened.account!.accountNumber.slice(4, 24));
    expect(order).toMatchObject({
      attempts: 1,
      bankReference: opened.bankOrderId,
      branchName: opened.account!.branch.name,
      branchAddress: opened.account!.branch.address,
    });
    expect(order.cardPickupDate?.toISOString().slice(0, 10)).toBe(opened.account!.cardPickupDate);
    expect(await db.bankAccountOrder.count({ where: { decisionId: decision.id } })).toBe(1);

    // Answered: a further run asks the bank nothing.
    const requests = (await simOrders()).requests;
    expect(await orderBankAccount(db, { decisionId: decision.id })).toMatchObject({
      status: "OPENED",
      accountMasked: order.accountMasked,
    });
    expect((await simOrders()).requests).toBe(requests);
  });

  it("applies a callback that arrives twice only once", async () => {
    pointAtBank(sim);
    const decision = await assignedDecision();
    await orderBankAccount(db, { decisionId: decision.id });
    const order = await openedOrder(decision.id);

    const res = await fetch(`${sim.url}/__control/orders/${order.bankReference}/callback`, { method: "POST" });
    expect(await res.json()).toEqual({ callbackStatus: 200 });
    expect(await db.bankAccountOrder.findUniqueOrThrow({ where: { id: order.id } })).toEqual(order);
    const simOrder = (await simOrders()).orders.find((o) => o.bankOrderId === order.bankReference);
    expect(simOrder?.callbacksSent).toBe(2);
    // The chain hears of the answer under one event id, which Inngest uses to drop the repeat.
    const announced = eventSink.events.filter((e) => e.data.orderId === order.id);
    expect(announced.map((e) => [e.name, e.id])).toEqual([
      ["bank/account.answered", `bank-answer-${order.id}`],
      ["bank/account.answered", `bank-answer-${order.id}`],
    ]);
    expect(announced[0]!.data.applicationId).toBe(decision.applicationId);
  });

  it("retries a timeout, records it, and still opens one account", async () => {
    pointAtBank(sim);
    const decision = await assignedDecision();
    // The bank opens the account but its answer never arrives.
    await control("timeout-next", { count: 1, processAnyway: true });
    await expect(orderBankAccount(db, { decisionId: decision.id })).rejects.toBeInstanceOf(RetryableBankError);
    const afterTimeout = await db.bankAccountOrder.findFirstOrThrow({
      where: { decisionId: decision.id },
      orderBy: { round: "desc" },
    });
    expect(afterTimeout).toMatchObject({ status: "PENDING", attempts: 1, lastError: "bank timeout after 400 ms" });

    const retried = await orderBankAccount(db, { decisionId: decision.id });
    expect(retried.attempts).toBe(2);
    const order = await openedOrder(decision.id);
    expect(order.lastError).toBeNull();
    expect((await simOrders()).orders.filter((o) => o.idempotencyKey === order.idempotencyKey)).toHaveLength(1);
  });

  it("retries bank errors and marks the order failed after the last attempt", async () => {
    pointAtBank(sim);
    const decision = await assignedDecision();
    await control("fail-next", { count: 3, status: 503 });
    for (let i = 1; i <= 2; i++)
      await expect(orderBankAccount(db, { decisionId: decision.id })).rejects.toBeInstanceOf(RetryableBankError);
    expect(await orderBankAccount(db, { decisionId: decision.id })).toMatchObject({
      status: "FAILED",
      attempts: 3,
      lastError: "bank 503 BANK_UNAVAILABLE",
    });
  });

  it("takes the synchronous answer of a bank that opens at once", async () => {
    pointAtBank(syncSim);
    const decision = await assignedDecision();
    const summary = await orderBankAccount(db, { decisionId: decision.id });
    expect(summary).toMatchObject({ status: "OPENED", attempts: 1 });
    expect(summary.accountMasked).toMatch(/^AZ\d{2} \*\*\*\* \d{4}$/);
    expect(summary.cardPickupDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("records a rejection", async () => {
    pointAtBank(syncSim);
    const decision = await assignedDecision();
    await control("reject-next", { count: 1, reasonCode: "HOLDER_NOT_VERIFIED" }, syncSim);
    expect(await orderBankAccount(db, { decisionId: decision.id })).toMatchObject({
      status: "FAILED",
      lastError: "rejected HOLDER_NOT_VERIFIED",
    });
  });

  it("refuses to order for a decision that assigns nothing", async () => {
    const decision = await assignedDecision();
    await db.decision.update({ where: { id: decision.id }, data: { outcome: "REFUSE" } });
    await expect(orderBankAccount(db, { decisionId: decision.id })).rejects.toMatchObject({ code: "invalidInput" });
  });
});
