import "server-only";
import { bankCallbackUrl, type BankConfig } from "./config";
import {
  AccountOrderResponse,
  BankErrorResponse,
  IDEMPOTENCY_HEADER,
  type AccountOrderRequest,
  type OpenedAccount,
} from "./contract";
import { maskAccountNumber } from "./mask-account";
import { inSpan } from "@/server/observability/tracing";

export interface MaskedAccount {
  accountMasked: string;
  branchName: string;
  branchNameRu: string | null;
  branchNameEn: string | null;
  branchAddress: string;
  cardPickupDate: string;
}

export type BankReply =
  | { kind: "opened"; bankOrderId: string; account: MaskedAccount }
  | { kind: "pending"; bankOrderId: string }
  | { kind: "rejected"; bankOrderId: string | null; reasonCode: string }
  | { kind: "error"; retryable: boolean; error: string };

/** The full account number stops here: everything past this function sees only the masked one. */
export function maskOpenedAccount(account: OpenedAccount): MaskedAccount {
  return {
    accountMasked: maskAccountNumber(account.accountNumber),
    branchName: account.branch.name,
    branchNameRu: account.branch.nameRu ?? null,
    branchNameEn: account.branch.nameEn ?? null,
    branchAddress: account.branch.address,
    cardPickupDate: account.cardPickupDate,
  };
}

/** Sends one account-opening request. The idempotency key makes the bank answer a repeat with the first order. */
export async function requestAccount(
  config: BankConfig,
  idempotencyKey: string,
  order: Omit<AccountOrderRequest, "callbackUrl">,
): Promise<BankReply> {
  return inSpan("bank.account-order", {}, () => sendAccountOrder(config, idempotencyKey, order));
}

async function sendAccountOrder(
  config: BankConfig,
  idempotencyKey: string,
  order: Omit<AccountOrderRequest, "callbackUrl">,
): Promise<BankReply> {
  const body: AccountOrderRequest = { ...order, callbackUrl: bankCallbackUrl(config) };
  let res: Response;
  try {
    res = await fetch(`${config.BANK_API_BASE_URL.replace(/\/+$/, "")}/v1/account-orders`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${config.BANK_API_KEY}`,
        "content-type": "application/json",
        [IDEMPOTENCY_HEADER]: idempotencyKey,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(config.BANK_TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === "TimeoutError";
    return {
      kind: "error",
      retryable: true,
      error: timedOut ? `bank timeout after ${config.BANK_TIMEOUT_MS} ms` : "bank unreachable",
    };
  }

  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    // an empty or non-JSON body is judged by its status below
  }
  if (res.ok) {
    const parsed = AccountOrderResponse.safeParse(json);
    if (!parsed.success) return { kind: "error", retryable: true, error: `bank ${res.status} malformed-reply` };
    const reply = parsed.data;
    if (reply.status === "OPENED")
      return { kind: "opened", bankOrderId: reply.bankOrderId, account: maskOpenedAccount(reply.account) };
    if (reply.status === "PENDING") return { kind: "pending", bankOrderId: reply.bankOrderId };
    return { kind: "rejected", bankOrderId: reply.bankOrderId, reasonCode: reply.reasonCode };
  }
  const code = BankErrorResponse.safeParse(json);
  const reason = code.success ? code.data.error.code : "NO_CODE";
  // 409 is a request with the same key still being processed; 408, 429 and 5xx are worth another try.
  const retryable = res.status >= 500 || res.status === 408 || res.status === 409 || res.status === 429;
  if (!retryable && res.status === 422) return { kind: "rejected", bankOrderId: null, reasonCode: reason };
  return { kind: "error", retryable, error: `bank ${res.status} ${reason}` };
}
