import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db/create-client";
import { signBankCallback } from "@/server/integrations/bank/callback-signature";
import { startBankSim, type BankSim } from "../../tools/fakes/bank-sim";
import { serveRoutes } from "../../tools/fakes/testing/route-server";
import { migratedDatabase } from "../support/migrated-database";
import { waitFor } from "../../tools/fakes/testing/wait-for";
import type { FreshDatabase } from "../support/fresh-database";
import { startEventSink, type EventSink } from "../support/event-sink";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { latestRound } from "@/server/services/bank/bank-order-rounds";
import { orderBankAccount, RetryableBankError } from "@/server/services/bank/order-bank-account";

const API_KEY = "bank-api-key-for-tests";
const SECRET = "bank-callback-secret-for-tests";

let database: FreshDatabase;
let db: Db;
let sim: BankSim;
let syncSim: BankSim;
let routes: { url: string; stop: () => Promise<void> };
let seq = 0;
// Stands in for the Inngest endpoint the client sends events to (INNGEST_DEV=<url>): keeps what arrives.
let eventSink: EventSink;

async function assignedDecision() {
  seq += 1;
  const user = await db.user.create({
    data: { role: "CITIZEN", name: `Rep ${seq}`, fin: `B${String(seq).padStart(6, "0")}`, phone: "+994501234567" },
  });
  const application = await db.application.create({
    data: {
      applicantId: user.id,
      status: "ASSIGNED",
      registrationNumber: `VEM-2026-9${String(seq).padStart(5, "0")}`,
      applicationDate: new Date("2026-03-02T00:00:00Z"),
      contactPhone: "+994501234567",
      members: {
        create: {
          fin: `B${String(seq).padStart(6, "0")}`,
          firstName: "Aynur",
          lastName: "Məmmədova",
          patronymic: "Rauf qızı",
          birthDate: new Date("1988-05-14T00:00:00Z"),
          relation: "APPLICANT",
        },
      },
    },
  });
  return db.decision.create({
    data: {
      applicationId: application.id,
      outcome: "ASSIGN",
      amountQepik: 24_000,
      periodFrom: new Date("2026-03-01T00:00:00Z"),
      periodTo: new Date("2027-02-28T00:00:00Z"),
      reasons: [],
      rulesChecked: [],
      decidedBy: "SYSTEM",
      final: true,
    },
  });
}

async function simOrders(target: BankSim = sim) {
  return (await (await fetch(`${target.url}/__control/orders`)).json()) as {
    requests: number;
    orders: { bankOrderId: string; idempotencyKey: string; status: string; callbacksSent: number }[];
  };
}

async function control(path: string, body: unknown, target: BankSim = sim) {
  const res = await fetch(`${target.url}/__control/${path}`, { method: "POST", body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

const openedOrder = (decisionId: string) =>
  waitFor(async () => {
    const order = await latestRound(db, decisionId);
    return order?.status === "OPENED" ? order : null;
  }, "the bank's callback");

function pointAtBank(target: BankSim) {
  process.env.BANK_API_BASE_URL = target.url;
}

beforeAll(async () => {
  database = await migratedDatabase("bank");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    BANK_API_KEY: API_KEY,
    BANK_CALLBACK_SECRET: SECRET,
    BANK_TIMEOUT_MS: "400",
    BANK_MAX_ATTEMPTS: "3",
  });
  eventSink = await startEventSink();
  process.env.INNGEST_DEV = eventSink.url;
  const bankRoute = await import("@/app/api/webhooks/bank/route");
  routes = await serveRoutes({ "/api/webhooks/bank": bankRoute.POST });
  process.env.APP_BASE_URL = routes.url;
  sim = await startBankSim({
    port: 0,
    apiKey: API_KEY,
    callbackSecret: SECRET,
    callbackDelayMs: 1000,
    timeoutHoldMs: 2000,
  });
  syncSim = await startBankSim({ port: 0, apiKey: API_KEY, callbackSecret: SECRET, answer: "sync" });
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await sim?.stop();
  await syncSim?.stop();
  await routes?.stop();
  await eventSink?.stop();
  await db?.$disconnect();
  await database?.drop();
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

describe("bank callback", () => {
  async function openedByBank() {
    pointAtBank(syncSim);
    const decision = await assignedDecision();
    await orderBankAccount(db, { decisionId: decision.id });
    return openedOrder(decision.id);
  }

  const post = (body: string, signature: string | null) =>
    fetch(`${routes.url}/api/webhooks/bank`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "x-bank-signature": signature } : {}) },
      body,
    });

  it("refuses a bad signature, a malformed body and an unknown order with 4xx, changing nothing", async () => {
    const order = await openedByBank();
    const before = await db.bankAccountOrder.findMany({ orderBy: { id: "asc" } });
    const callback = {
      eventId: "EV-x",
      status: "REJECTED",
      bankOrderId: order.bankReference,
      orderReference: order.id,
      idempotencyKey: order.idempotencyKey,
      reasonCode: "FRAUD_SUSPECTED",
    };
    const body = JSON.stringify(callback);
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, signBankCallback("some-other-secret-0123456", body))).status).toBe(401);
    expect((await post("{oops", signBankCallback(SECRET, "{oops"))).status).toBe(400);
    const missing = JSON.stringify({ ...callback, reasonCode: undefined });
    expect((await post(missing, signBankCallback(SECRET, missing))).status).toBe(400);
    const unknown = JSON.stringify({ ...callback, idempotencyKey: "vemtas-account-nope", orderReference: "nope" });
    expect((await post(unknown, signBankCallback(SECRET, unknown))).status).toBe(404);
    const mismatched = JSON.stringify({ ...callback, orderReference: "another-order" });
    expect((await post(mismatched, signBankCallback(SECRET, mismatched))).status).toBe(404);
    // A late rejection for an order already opened is taken (200) but changes nothing.
    expect(await (await post(body, signBankCallback(SECRET, body))).json()).toEqual({ ok: true, changed: false });

    expect(await db.bankAccountOrder.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("applies a signed answer to an order still waiting, once", async () => {
    pointAtBank(syncSim);
    const decision = await assignedDecision();
    // An order the bank accepted but has not answered yet.
    const order = await db.bankAccountOrder.create({
      data: {
        applicationId: decision.applicationId,
        decisionId: decision.id,
        idempotencyKey: `vemtas-account-${decision.id}`,
        status: "SENT",
        attempts: 1,
        bankReference: "BO-MANUAL",
      },
    });
    const body = JSON.stringify({
      eventId: "EV-1",
      status: "OPENED",
      bankOrderId: "BO-MANUAL",
      orderReference: order.id,
      idempotencyKey: order.idempotencyKey,
      account: {
        accountNumber: "AZ77VEMB00000000001234567890",
        branch: { name: "Gəncə filialı", address: "Gəncə, Cavadxan küç. 12" },
        cardPickupDate: "2026-04-06",
      },
    });
    const first = await applyBankCallback(db, body, signBankCallback(SECRET, body));
    const second = await applyBankCallback(db, body, signBankCallback(SECRET, body));
    expect(first).toMatchObject({
      changed: true,
      order: { status: "OPENED", accountMasked: "AZ77 **** 7890", cardPickupDate: "2026-04-06" },
    });
    expect(second.changed).toBe(false);
    expect(second.order).toEqual(first.order);
  });
});
