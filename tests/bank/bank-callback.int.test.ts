import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/server/db/create-client";
import { signBankCallback } from "@/server/integrations/bank/callback-signature";
import { applyBankCallback } from "@/server/services/bank/apply-bank-callback";
import { orderBankAccount } from "@/server/services/bank/order-bank-account";
import type { BankSim } from "../../tools/fakes/bank-sim";
import { bankTestbed, SECRET } from "./bank-testbed";

// The bank's signed answer arriving at the webhook: checked before it changes anything, applied once.

// No test here times an order out: the first order of the file, cold on a loaded machine, must not be one.
const bank = bankTestbed("bank-callback", 10_000);
const { assignedDecision, openedOrder, pointAtBank } = bank;
let db: Db;
let syncSim: BankSim;
let routes: { url: string };
beforeAll(() => {
  ({ db, syncSim, routes } = bank.current());
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
