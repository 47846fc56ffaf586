import type { IncomingMessage, ServerResponse } from "node:http";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { signBankCallback } from "../../../src/server/integrations/bank/callback-signature";
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER } from "../../../src/server/integrations/bank/contract";
import {
  PaymentRequest,
  type PaymentCallback,
  type PaymentResponse,
  type WithdrawalsResponse,
} from "../../../src/server/integrations/bank/payment-contract";
import { hashBody, type BankState } from "./bank-state";
import { parseJson, readBody, sendJson } from "../http-kit";

// The simulated bank's payments (docs/notifications-and-bank.md, "Payments"): a credit to an account it opened,
// booked once per idempotency key, answered 202 and then by signed callback (or 201 at once in "sync" mode); and
// the card transactions per account and month, which tests and the demo record through a control route.

export interface SimPayment {
  bankPaymentId: string;
  idempotencyKey: string;
  requestHash: string;
  paymentReference: string;
  account: string;
  amountQepik: number;
  kind: "MONTHLY" | "ARREARS";
  month: string | null;
  callbackUrl: string;
  status: "PENDING" | "CREDITED" | "REJECTED";
  reasonCode: string | null;
  callbacksSent: number;
}

interface Txn {
  transactionId: string;
  bookedOn: string;
  amountQepik: number;
}

export interface PaymentDeskOptions {
  apiKey: string;
  callbackSecret: string;
  answer: "callback" | "sync";
  delayMs: number;
  timeoutHoldMs: number;
  state: BankState;
  later: (ms: number, fn: () => void) => void;
}

const WithdrawalControl = z.object({
  account: z.string().min(1).max(100),
  bookedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  amountQepik: z.number().int().positive().default(1_000),
});
const CallbacksControl = z.object({ paused: z.boolean() });

export function createPaymentDesk(o: PaymentDeskOptions) {
  const payments = new Map<string, SimPayment>();
  const withdrawals = new Map<string, Txn[]>();
  let paused = false;
  const held: SimPayment[] = [];

  const sendCallback = async (p: SimPayment): Promise<number> => {
    const ids = {
      kind: "payment" as const,
      eventId: `EV-${randomBytes(6).toString("hex")}`,
      bankPaymentId: p.bankPaymentId,
      paymentReference: p.paymentReference,
      idempotencyKey: p.idempotencyKey,
    };
    const event: PaymentCallback =
      p.status === "REJECTED"
        ? { ...ids, status: "REJECTED", reasonCode: p.reasonCode ?? "REJECTED" }
        : { ...ids, status: "CREDITED" };
    const body = JSON.stringify(event);
    const res = await fetch(p.callbackUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBankCallback(o.callbackSecret, body) },
      body,
    });
    await res.arrayBuffer();
    p.callbacksSent += 1;
    return res.status;
  };
  const deliver = (p: SimPayment, attempt = 1): void => {
    if (paused) {
      held.push(p);
      return;
    }
    sendCallback(p)
      .then((status) => {
        if (status >= 500 && attempt < 5) o.later(o.delayMs * attempt, () => deliver(p, attempt + 1));
      })
      .catch(() => {
        if (attempt < 5) o.later(o.delayMs * attempt, () => deliver(p, attempt + 1));
      });
  };

  const reply = (p: SimPayment): { status: number; body: PaymentResponse } => {
    const ids = { bankPaymentId: p.bankPaymentId, paymentReference: p.paymentReference };
    if (p.status === "CREDITED") return { status: 201, body: { status: "CREDITED", ...ids } };
    if (p.status === "REJECTED")
      return { status: 200, body: { status: "REJECTED", ...ids, reasonCode: p.reasonCode ?? "REJECTED" } };
    return { status: 202, body: { status: "PENDING", ...ids } };
  };

  const openedAccount = (bankOrderId: string): boolean => o.state.byBankId(bankOrderId)?.status === "OPENED";

  async function pay(req: IncomingMessage, res: ServerResponse): Promise<void> {
    o.state.requests += 1;
    if (req.headers.authorization !== `Bearer ${o.apiKey}`)
      return sendJson(res, 401, { error: { code: "UNAUTHORIZED" } });
    const key = req.headers[IDEMPOTENCY_HEADER];
    if (typeof key !== "string" || key.length < 8 || key.length > 200)
      return sendJson(res, 400, { error: { code: "IDEMPOTENCY_KEY_REQUIRED" } });
    const raw = await readBody(req);
    const parsed = PaymentRequest.safeParse(parseJson(raw));
    if (!parsed.success) return sendJson(res, 400, { error: { code: "INVALID_REQUEST" } });
    const faults = o.state.faults;
    if (faults.fail.count > 0) {
      faults.fail.count -= 1;
      return sendJson(res, faults.fail.status, { error: { code: "BANK_UNAVAILABLE" } });
    }
    const existing = payments.get(key);
    if (existing && existing.requestHash !== hashBody(raw))
      return sendJson(res, 409, { error: { code: "IDEMPOTENCY_KEY_REUSED" } });
    const timingOut = faults.timeout.count > 0;
    if (timingOut) faults.timeout.count -= 1;
    const hold = (): void => o.later(o.timeoutHoldMs, () => res.destroy());
    if (timingOut && !faults.timeout.processAnyway) return hold();

    let p = existing;
    if (!p) {
      const rejecting = faults.reject.count > 0;
      if (rejecting) faults.reject.count -= 1;
      const reasonCode = rejecting
        ? "ACCOUNT_BLOCKED"
        : openedAccount(parsed.data.account.bankOrderId)
          ? null
          : "ACCOUNT_NOT_FOUND";
      const { data } = parsed;
      const created: SimPayment = {
        bankPaymentId: `BP-${randomBytes(6).toString("hex").toUpperCase()}`,
        idempotencyKey: key,
        requestHash: hashBody(raw),
        paymentReference: data.paymentReference,
        account: data.account.bankOrderId,
        amountQepik: data.amountQepik,
        kind: data.purpose.kind,
        month: data.purpose.month,
        callbackUrl: data.callbackUrl,
        status: "PENDING",
        reasonCode,
        callbacksSent: 0,
      };
      payments.set(key, created);
      p = created;
      const settle = () => (created.status = reasonCode ? "REJECTED" : "CREDITED");
      if (o.answer === "sync") settle();
      else
        o.later(o.delayMs, () => {
          settle();
          deliver(created);
        });
    }
    if (timingOut) return hold();
    const { status, body } = reply(p);
    return sendJson(res, status, body);
  }

  function listWithdrawals(req: IncomingMessage, res: ServerResponse, account: string, url: URL): void {
    if (req.headers.authorization !== `Bearer ${o.apiKey}`)
      return sendJson(res, 401, { error: { code: "UNAUTHORIZED" } });
    const month = url.searchParams.get("month") ?? "";
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return sendJson(res, 400, { error: { code: "INVALID_MONTH" } });
    if (!o.state.byBankId(account)) return sendJson(res, 404, { error: { code: "ACCOUNT_NOT_FOUND" } });
    const body: WithdrawalsResponse = {
      account,
      month,
      withdrawals: (withdrawals.get(account) ?? []).filter((t) => t.bookedOn.startsWith(month)),
    };
    sendJson(res, 200, body);
  }

  return {
    payments: () => [...payments.values()],
    reset(): void {
      payments.clear();
      withdrawals.clear();
      held.length = 0;
      paused = false;
    },
    /** Handles the payment routes and their controls; false for any other route. */
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
      if (req.method === "POST" && url.pathname === "/v1/payments") {
        await pay(req, res);
        return true;
      }
      const listing = /^\/v1\/accounts\/([^/]+)\/withdrawals$/.exec(url.pathname);
      if (req.method === "GET" && listing?.[1]) {
        listWithdrawals(req, res, decodeURIComponent(listing[1]), url);
        return true;
      }
      if (req.method === "GET" && url.pathname === "/__control/payments") {
        sendJson(res, 200, { payments: [...payments.values()].map(({ requestHash: _h, callbackUrl: _u, ...p }) => p) });
        return true;
      }
      if (req.method === "POST" && url.pathname === "/__control/withdrawals") {
        const parsed = WithdrawalControl.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) {
          sendJson(res, 400, { error: "expected {account, bookedOn, amountQepik?}" });
          return true;
        }
        const list = withdrawals.get(parsed.data.account) ?? [];
        list.push({
          transactionId: `TX-${randomBytes(6).toString("hex").toUpperCase()}`,
          bookedOn: parsed.data.bookedOn,
          amountQepik: parsed.data.amountQepik,
        });
        withdrawals.set(parsed.data.account, list);
        sendJson(res, 200, { ok: true });
        return true;
      }
      if (req.method === "POST" && url.pathname === "/__control/callbacks") {
        const parsed = CallbacksControl.safeParse(parseJson(await readBody(req)));
        if (!parsed.success) {
          sendJson(res, 400, { error: "expected {paused}" });
          return true;
        }
        paused = parsed.data.paused;
        if (!paused) for (const p of held.splice(0)) deliver(p);
        sendJson(res, 200, { ok: true, held: held.length });
        return true;
      }
      return false;
    },
  };
}
