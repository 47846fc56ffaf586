import "server-only";
import { bankCallbackUrl, type BankConfig } from "./config";
import { BankErrorResponse, IDEMPOTENCY_HEADER } from "./contract";
import { PaymentResponse, WithdrawalsResponse, type PaymentRequest } from "./payment-contract";
import { inSpan } from "@/server/observability/tracing";

export type PaymentReply =
  | { kind: "credited"; bankPaymentId: string }
  | { kind: "pending"; bankPaymentId: string }
  | { kind: "rejected"; bankPaymentId: string | null; reasonCode: string }
  | { kind: "error"; retryable: boolean; error: string };

const base = (config: BankConfig): string => config.BANK_API_BASE_URL.replace(/\/+$/, "");

type Fetched = { ok: true; res: Response; json: unknown } | { ok: false; error: string };

async function call(config: BankConfig, path: string, init: RequestInit): Promise<Fetched> {
  let res: Response;
  try {
    res = await fetch(`${base(config)}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${config.BANK_API_KEY}`, ...(init.headers as Record<string, string>) },
      signal: AbortSignal.timeout(config.BANK_TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === "TimeoutError";
    return { ok: false, error: timedOut ? `bank timeout after ${config.BANK_TIMEOUT_MS} ms` : "bank unreachable" };
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    // an empty or non-JSON body is judged by its status
  }
  return { ok: true, res, json };
}

const errorOf = (res: Response, json: unknown): { retryable: boolean; code: string } => {
  const code = BankErrorResponse.safeParse(json);
  // 409 is a request with the same key still being processed; 408, 429 and 5xx are worth another try.
  const retryable = res.status >= 500 || res.status === 408 || res.status === 409 || res.status === 429;
  return { retryable, code: code.success ? code.data.error.code : "NO_CODE" };
};

/** Sends one payment. The idempotency key makes the bank answer a repeat with its first booking, never a second. */
export async function requestPayment(
  config: BankConfig,
  idempotencyKey: string,
  payment: Omit<PaymentRequest, "callbackUrl">,
): Promise<PaymentReply> {
  return inSpan("bank.payment", { "payment.kind": payment.purpose.kind }, async () => {
    const body: PaymentRequest = { ...payment, callbackUrl: bankCallbackUrl(config) };
    const sent = await call(config, "/v1/payments", {
      method: "POST",
      headers: { "content-type": "application/json", [IDEMPOTENCY_HEADER]: idempotencyKey },
      body: JSON.stringify(body),
    });
    if (!sent.ok) return { kind: "error", retryable: true, error: sent.error };
    const { res, json } = sent;
    if (res.ok) {
      const parsed = PaymentResponse.safeParse(json);
      if (!parsed.success || parsed.data.paymentReference !== payment.paymentReference)
        return { kind: "error", retryable: true, error: `bank ${res.status} malformed-reply` };
      const reply = parsed.data;
      if (reply.status === "CREDITED") return { kind: "credited", bankPaymentId: reply.bankPaymentId };
      if (reply.status === "PENDING") return { kind: "pending", bankPaymentId: reply.bankPaymentId };
      return { kind: "rejected", bankPaymentId: reply.bankPaymentId, reasonCode: reply.reasonCode };
    }
    const { retryable, code } = errorOf(res, json);
    if (!retryable && res.status === 422) return { kind: "rejected", bankPaymentId: null, reasonCode: code };
    return { kind: "error", retryable, error: `bank ${res.status} ${code}` };
  });
}

export type WithdrawalsReply = { kind: "listed"; count: number } | { kind: "error"; error: string };

/** How many withdrawals (card transactions) the account shows in `month`; the 2-month stop reads only whether any. */
export async function requestWithdrawals(
  config: BankConfig,
  bankOrderId: string,
  month: string,
): Promise<WithdrawalsReply> {
  return inSpan("bank.withdrawals", {}, async () => {
    const got = await call(
      config,
      `/v1/accounts/${encodeURIComponent(bankOrderId)}/withdrawals?month=${encodeURIComponent(month)}`,
      { method: "GET" },
    );
    if (!got.ok) return { kind: "error", error: got.error };
    if (!got.res.ok) return { kind: "error", error: `bank ${got.res.status} ${errorOf(got.res, got.json).code}` };
    const parsed = WithdrawalsResponse.safeParse(got.json);
    if (!parsed.success || parsed.data.month !== month)
      return { kind: "error", error: `bank ${got.res.status} malformed-reply` };
    return { kind: "listed", count: parsed.data.withdrawals.length };
  });
}
