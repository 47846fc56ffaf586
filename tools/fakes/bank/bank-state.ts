import { createHash, randomBytes, randomInt } from "node:crypto";
import type { AccountOrderRequest, OpenedAccount } from "../../../src/server/integrations/bank/contract";
import { branchFor } from "./branches";

export interface SimOrder {
  bankOrderId: string;
  idempotencyKey: string;
  requestHash: string;
  orderReference: string;
  callbackUrl: string;
  status: "PENDING" | "OPENED" | "REJECTED";
  account: OpenedAccount | null;
  reasonCode: string | null;
  callbacksSent: number;
  /** The card is made (by the pickup date, or told so by the control API): its branch can no longer change. */
  cardMade: boolean;
}

/** The simulated bank's books: one account per idempotency key, whatever arrives how many times. */
export class BankState {
  private readonly orders = new Map<string, SimOrder>();
  readonly faults = {
    fail: { count: 0, status: 503 },
    timeout: { count: 0, processAnyway: true },
    reject: { count: 0, reasonCode: "HOLDER_NOT_VERIFIED" },
  };
  requests = 0;

  find(idempotencyKey: string): SimOrder | undefined {
    return this.orders.get(idempotencyKey);
  }

  byBankId(bankOrderId: string): SimOrder | undefined {
    return [...this.orders.values()].find((o) => o.bankOrderId === bankOrderId);
  }

  all(): SimOrder[] {
    return [...this.orders.values()];
  }

  open(idempotencyKey: string, rawBody: string, request: AccountOrderRequest, reject: string | null): SimOrder {
    const home = branchFor(request.residence.districtCode);
    const branch = {
      code: home.code,
      name: home.name,
      nameRu: home.nameRu,
      nameEn: home.nameEn,
      address: home.address,
    };
    const pickup = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const order: SimOrder = {
      bankOrderId: `BO-${randomBytes(6).toString("hex").toUpperCase()}`,
      idempotencyKey,
      requestHash: hashBody(rawBody),
      orderReference: request.orderReference,
      callbackUrl: request.callbackUrl,
      status: "PENDING",
      account: reject ? null : { accountNumber: fakeIban(), branch, cardPickupDate: pickup },
      reasonCode: reject,
      callbacksSent: 0,
      cardMade: false,
    };
    this.orders.set(idempotencyKey, order);
    return order;
  }

  reset(): void {
    this.orders.clear();
    this.requests = 0;
    this.faults.fail.count = 0;
    this.faults.timeout.count = 0;
    this.faults.reject.count = 0;
  }
}

export const hashBody = (raw: string): string => createHash("sha256").update(raw).digest("hex");

// Shaped like an Azerbaijani IBAN (AZ, 2 check digits, 4-letter bank code, 20 characters); not a real one.
function fakeIban(): string {
  const digits = Array.from({ length: 20 }, () => randomInt(10)).join("");
  return `AZ${String(randomInt(10, 100))}VEMB${digits}`;
}
