import "server-only";
import type { BankConfig } from "./config";
import { BankErrorResponse, BranchListResponse, ChangeBranchResponse, type BankBranch } from "./contract";
import { maskOpenedAccount, type MaskedAccount } from "./request-account";

// The bank's branch list and the change of a card's branch (docs/notifications-and-bank.md, "Branches").

const base = (config: BankConfig) => config.BANK_API_BASE_URL.replace(/\/+$/, "");
const headers = (config: BankConfig) => ({
  authorization: `Bearer ${config.BANK_API_KEY}`,
  "content-type": "application/json",
});

export type BranchReply<T> =
  { kind: "ok"; value: T } | { kind: "refused"; code: string } | { kind: "error"; error: string };

async function call<T>(
  config: BankConfig,
  path: string,
  init: RequestInit,
  parse: (json: unknown) => T | null,
): Promise<BranchReply<T>> {
  let res: Response;
  try {
    res = await fetch(`${base(config)}${path}`, {
      ...init,
      headers: headers(config),
      signal: AbortSignal.timeout(config.BANK_TIMEOUT_MS),
    });
  } catch {
    return { kind: "error", error: "bank unreachable" };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const value = parse(json);
    return value === null ? { kind: "error", error: `bank ${res.status} malformed-reply` } : { kind: "ok", value };
  }
  const code = BankErrorResponse.safeParse(json);
  if (res.status >= 400 && res.status < 500 && code.success) return { kind: "refused", code: code.data.error.code };
  return { kind: "error", error: `bank ${res.status}` };
}

export function listBankBranches(config: BankConfig): Promise<BranchReply<BankBranch[]>> {
  return call(config, "/v1/branches", { method: "GET" }, (json) => {
    const parsed = BranchListResponse.safeParse(json);
    return parsed.success ? parsed.data.branches : null;
  });
}

/** Moves the card of an opened account to another branch; the bank refuses once the card is made. */
export function changeCardBranch(
  config: BankConfig,
  bankOrderId: string,
  branchCode: string,
): Promise<BranchReply<MaskedAccount>> {
  return call(
    config,
    `/v1/account-orders/${encodeURIComponent(bankOrderId)}/branch`,
    { method: "POST", body: JSON.stringify({ branchCode }) },
    (json) => {
      const parsed = ChangeBranchResponse.safeParse(json);
      return parsed.success ? maskOpenedAccount(parsed.data.account) : null;
    },
  );
}
