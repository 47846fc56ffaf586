// Bank simulator: implements the account-opening and payments contract of docs/notifications-and-bank.md. It answers at
// once (202 PENDING) and opens the account by a signed callback after a delay, or answers 201 OPENED in
// "sync" mode; it can be told to fail, time out or reject the next orders.
//   tsx tools/fakes/bank-sim.ts     (BANK_SIM_PORT, default 8030; BANK_API_KEY, BANK_CALLBACK_SECRET)
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { signBankCallback } from "../../src/server/integrations/bank/callback-signature";
import {
  AccountOrderRequest,
  ChangeBranchRequest,
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  type AccountOrderCallback,
  type AccountOrderResponse,
} from "../../src/server/integrations/bank/contract";
import { BankState, hashBody, type SimOrder } from "./bank/bank-state";
import { createPaymentDesk } from "./bank/payment-desk";
import { BRANCHES, branchByCode } from "./bank/branches";
import { listen, parseJson, portFrom, readBody, sendJson, runWhenMain, type RunningServer } from "./http-kit";

export interface BankSimOptions {
  port?: number;
  apiKey: string;
  callbackSecret: string;
  /** "callback" (default): 202 now, the account by callback after callbackDelayMs. "sync": 201 with the account. */
  answer?: "callback" | "sync";
  callbackDelayMs?: number;
  /** How long a "timed out" request is held before the connection is dropped. */
  timeoutHoldMs?: number;
}

export interface BankSim extends RunningServer {
  state: BankState;
  /** The payments booked, one per idempotency key (the ledger tests assert on). */
  payments: ReturnType<typeof createPaymentDesk>["payments"];
}

const Count = z.number().int().min(0).max(1000);
const FailRequest = z.object({ count: Count, status: z.number().int().min(400).max(599).default(503) });
const TimeoutRequest = z.object({ count: Count, processAnyway: z.boolean().default(true) });
const RejectRequest = z.object({
  count: Count,
  reasonCode: z
    .string()
    .regex(/^[A-Z][A-Z0-9_]{1,60}$/)
    .default("HOLDER_NOT_VERIFIED"),
});

export async function startBankSim(options: BankSimOptions): Promise<BankSim> {
  const state = new BankState();
  const timers = new Set<NodeJS.Timeout>();
  const answer = options.answer ?? "callback";
  const delayMs = options.callbackDelayMs ?? 1500;
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const sendCallback = async (order: SimOrder): Promise<number> => {
    const event: AccountOrderCallback =
      order.account !== null
        ? {
            eventId: `EV-${randomBytes(6).toString("hex")}`,
            status: "OPENED",
            bankOrderId: order.bankOrderId,
            orderReference: order.orderReference,
            idempotencyKey: order.idempotencyKey,
            account: order.account,
          }
        : {
            eventId: `EV-${randomBytes(6).toString("hex")}`,
            status: "REJECTED",
            bankOrderId: order.bankOrderId,
            orderReference: order.orderReference,
            idempotencyKey: order.idempotencyKey,
            reasonCode: order.reasonCode ?? "REJECTED",
          };
    const body = JSON.stringify(event);
    const res = await fetch(order.callbackUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [SIGNATURE_HEADER]: signBankCallback(options.callbackSecret, body),
      },
      body,
    });
    await res.arrayBuffer();
    order.callbacksSent += 1;
    return res.status;
  };

  // A bank retries a callback the receiver did not take (5xx, no answer), a few times with growing pauses.
  const deliverCallback = (order: SimOrder, attempt = 1): void => {
    sendCallback(order)
      .then((status) => {
        if (status >= 500 && attempt < 5) later(delayMs * attempt, () => deliverCallback(order, attempt + 1));
      })
      .catch(() => {
        if (attempt < 5) later(delayMs * attempt, () => deliverCallback(order, attempt + 1));
      });
  };

  const settle = (order: SimOrder): void => {
    order.status = order.account !== null ? "OPENED" : "REJECTED";
  };

  const reply = (order: SimOrder): { status: number; body: AccountOrderResponse } => {
    const ids = { bankOrderId: order.bankOrderId, orderReference: order.orderReference };
    if (order.status === "OPENED" && order.account)
      return { status: 201, body: { status: "OPENED", ...ids, account: order.account } };
    if (order.status === "REJECTED")
      return { status: 200, body: { status: "REJECTED", ...ids, reasonCode: order.reasonCode ?? "REJECTED" } };
    return { status: 202, body: { status: "PENDING", ...ids } };
  };

  const desk = createPaymentDesk({
    apiKey: options.apiKey,
    callbackSecret: options.callbackSecret,
    answer,
    delayMs,
    timeoutHoldMs: options.timeoutHoldMs ?? 30_000,
    state,
    later,
  });

  const server = await listen(
    options.port ?? 8030,
    async (req, res, url) => {
      if (req.method === "GET" && url.pathname === "/health") return sendJson(res, 200, { ok: true });

      if (req.method === "POST" && url.pathname === "/v1/account-orders") {
        state.requests += 1;
        if (req.headers.authorization !== `Bearer ${options.apiKey}`)
          return sendJson(res, 401, { error: { code: "UNAUTHORIZED" } });
        const key = req.headers[IDEMPOTENCY_HEADER];
        if (typeof key !== "string" || key.length < 8 || key.length > 200)
          return sendJson(res, 400, { error: { code: "IDEMPOTENCY_KEY_REQUIRED" } });
        const raw = await readBody(req);
        const parsed = AccountOrderRequest.safeParse(parseJson(raw));
        if (!parsed.success) return sendJson(res, 400, { error: { code: "INVALID_REQUEST" } });

        if (state.faults.fail.count > 0) {
          state.faults.fail.count -= 1;
          return sendJson(res, state.faults.fail.status, { error: { code: "BANK_UNAVAILABLE" } });
        }
        const existing = state.find(key);
        if (existing && existing.requestHash !== hashBody(raw))
          return sendJson(res, 409, { error: { code: "IDEMPOTENCY_KEY_REUSED" } });

        // A timed-out request is held and then dropped. With processAnyway the bank opened the account although
        // the caller never heard back, and the retry with the same key must find it; without, it never arrived.
        const timingOut = state.faults.timeout.count > 0;
        if (timingOut) state.faults.timeout.count -= 1;
        const hold = (): void => later(options.timeoutHoldMs ?? 30_000, () => res.destroy());
        if (timingOut && !state.faults.timeout.processAnyway) return hold();

        let order = existing;
        if (!order) {
          const rejecting = state.faults.reject.count > 0;
          if (rejecting) state.faults.reject.count -= 1;
          order = state.open(key, raw, parsed.data, rejecting ? state.faults.reject.reasonCode : null);
          if (answer === "sync") settle(order);
          else {
            const created = order;
            later(delayMs, () => {
              settle(created);
              deliverCallback(created);
            });
          }
        }
        if (timingOut) return hold();
        const { status, body } = reply(order);
        return sendJson(res, status, body);
      }

      // The branches a card can be collected at, and a change of branch until the card is made (issue 14).
      if (req.method === "GET" && url.pathname === "/v1/branches") {
        if (req.headers.authorization !== `Bearer ${options.apiKey}`)
          return sendJson(res, 401, { error: { code: "UNAUTHORIZED" } });
        return sendJson(res, 200, { branches: BRANCHES });
      }
      const moving = /^\/v1\/account-orders\/([^/]+)\/branch$/.exec(url.pathname);
      if (req.method === "POST" && moving?.[1]) {
        if (req.headers.authorization !== `Bearer ${options.apiKey}`)
          return sendJson(res, 401, { error: { code: "UNAUTHORIZED" } });
        const parsed = ChangeBranchRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: { code: "INVALID_REQUEST" } });
        const order = state.byBankId(decodeURIComponent(moving[1]));
        if (!order || order.status !== "OPENED" || !order.account)
          return sendJson(res, 404, { error: { code: "ORDER_NOT_FOUND" } });
        const branch = branchByCode(parsed.data.branchCode);
        if (!branch) return sendJson(res, 422, { error: { code: "UNKNOWN_BRANCH" } });
        if (order.cardMade || new Date().toISOString().slice(0, 10) >= order.account.cardPickupDate)
          return sendJson(res, 409, { error: { code: "CARD_ALREADY_MADE" } });
        // The card is made afresh at the new branch: a week from the change.
        const pickup = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
        order.account = {
          ...order.account,
          branch: {
            code: branch.code,
            name: branch.name,
            nameRu: branch.nameRu,
            nameEn: branch.nameEn,
            address: branch.address,
          },
          cardPickupDate: pickup,
        };
        return sendJson(res, 200, {
          bankOrderId: order.bankOrderId,
          orderReference: order.orderReference,
          account: order.account,
        });
      }
      const made = /^\/__control\/orders\/([^/]+)\/card-made$/.exec(url.pathname);
      if (req.method === "POST" && made?.[1]) {
        const order = state.byBankId(decodeURIComponent(made[1]));
        if (!order) return sendJson(res, 404, { error: "no order with that id" });
        order.cardMade = true;
        return sendJson(res, 200, { ok: true });
      }

      if (req.method === "GET" && url.pathname === "/__control/orders") {
        return sendJson(res, 200, {
          requests: state.requests,
          orders: state.all().map((o) => ({
            bankOrderId: o.bankOrderId,
            orderReference: o.orderReference,
            idempotencyKey: o.idempotencyKey,
            status: o.status,
            callbacksSent: o.callbacksSent,
            branchCode: o.account?.branch.code ?? null,
            cardMade: o.cardMade,
          })),
        });
      }
      if (req.method === "POST" && url.pathname === "/__control/fail-next") {
        const parsed = FailRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: "expected {count, status?}" });
        state.faults.fail = parsed.data;
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/__control/timeout-next") {
        const parsed = TimeoutRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: "expected {count, processAnyway?}" });
        state.faults.timeout = parsed.data;
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === "POST" && url.pathname === "/__control/reject-next") {
        const parsed = RejectRequest.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) return sendJson(res, 400, { error: "expected {count, reasonCode?}" });
        state.faults.reject = parsed.data;
        return sendJson(res, 200, { ok: true });
      }
      if (await desk.handle(req, res, url)) return;
      if (req.method === "POST" && url.pathname === "/__control/reset") {
        state.reset();
        desk.reset();
        return sendJson(res, 200, { ok: true });
      }
      const resend = /^\/__control\/orders\/([^/]+)\/callback$/.exec(url.pathname);
      if (req.method === "POST" && resend?.[1]) {
        const order = state.byBankId(decodeURIComponent(resend[1]));
        if (!order || order.status === "PENDING")
          return sendJson(res, 404, { error: "no answered order with that id" });
        return sendJson(res, 200, { callbackStatus: await sendCallback(order) });
      }
      sendJson(res, 404, { error: { code: "NOT_FOUND" } });
    },
    () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
    },
  );
  return { ...server, state, payments: desk.payments };
}

runWhenMain(import.meta.url, async () => {
  const env = process.env;
  const apiKey = env.BANK_API_KEY;
  const callbackSecret = env.BANK_CALLBACK_SECRET;
  if (!apiKey || !callbackSecret)
    throw new Error("BANK_API_KEY and BANK_CALLBACK_SECRET must be set (the same values the app uses)");
  const sim = await startBankSim({
    port: portFrom(env.BANK_SIM_PORT, 8030),
    apiKey,
    callbackSecret,
    answer: env.BANK_SIM_ANSWER === "sync" ? "sync" : "callback",
    callbackDelayMs: env.BANK_SIM_CALLBACK_DELAY_MS ? Number(env.BANK_SIM_CALLBACK_DELAY_MS) : 1500,
  });
  return { server: sim, banner: `bank simulator listening on ${sim.url}` };
});
