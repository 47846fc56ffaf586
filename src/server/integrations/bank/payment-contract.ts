import { z } from "zod";
import { isIsoDate, isYearMonth } from "@/kernel/calendar-date";

// The payments contract between vemtas and the bank (docs/notifications-and-bank.md, "Payments"): a credit to the
// card account the bank opened for an assignment, answered at once or by signed callback, and the account's
// withdrawals (card transactions) per month, which the 2-month stop reads. The simulator parses the same schemas.

const Id = z.string().min(1).max(100);
const IsoDate = z.string().refine(isIsoDate, "expected a calendar date YYYY-MM-DD");
const YearMonth = z.string().refine(isYearMonth, "expected a month YYYY-MM");
/** Stable codes only: a free-text reason from the bank could carry personal data into our logs. */
const ReasonCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,60}$/);

export const PaymentRequest = z.object({
  /** Our payment order id; the bank echoes it in every answer and callback. */
  paymentReference: Id,
  /** The account the bank opened: identified by the bank's own order id (we never keep the full number). */
  account: z.object({ bankOrderId: Id }),
  amountQepik: z.number().int().positive().max(100_000_000),
  currency: z.literal("AZN"),
  purpose: z.object({
    kind: z.enum(["MONTHLY", "ARREARS"]),
    /** The month paid (MONTHLY); null for arrears. */
    month: YearMonth.nullable(),
    registrationNumber: z.string().min(1).max(40),
  }),
  callbackUrl: z.url(),
});
export type PaymentRequest = z.infer<typeof PaymentRequest>;

export const PaymentResponse = z.discriminatedUnion("status", [
  z.object({ status: z.literal("CREDITED"), bankPaymentId: Id, paymentReference: Id }),
  z.object({ status: z.literal("PENDING"), bankPaymentId: Id, paymentReference: Id }),
  z.object({ status: z.literal("REJECTED"), bankPaymentId: Id, paymentReference: Id, reasonCode: ReasonCode }),
]);
export type PaymentResponse = z.infer<typeof PaymentResponse>;

/** A payment's callback carries `kind: "payment"`; the account order's callbacks have no kind. */
export const PaymentCallback = z.discriminatedUnion("status", [
  z.object({
    kind: z.literal("payment"),
    eventId: Id,
    status: z.literal("CREDITED"),
    bankPaymentId: Id,
    paymentReference: Id,
    idempotencyKey: z.string().min(8).max(200),
  }),
  z.object({
    kind: z.literal("payment"),
    eventId: Id,
    status: z.literal("REJECTED"),
    bankPaymentId: Id,
    paymentReference: Id,
    idempotencyKey: z.string().min(8).max(200),
    reasonCode: ReasonCode,
  }),
]);
export type PaymentCallback = z.infer<typeof PaymentCallback>;

export const Withdrawal = z.object({ transactionId: Id, bookedOn: IsoDate, amountQepik: z.number().int().positive() });
export const WithdrawalsResponse = z.object({
  account: Id,
  month: YearMonth,
  withdrawals: z.array(Withdrawal).max(10_000),
});
export type WithdrawalsResponse = z.infer<typeof WithdrawalsResponse>;

export const isPaymentCallback = (json: unknown): boolean =>
  typeof json === "object" && json !== null && (json as { kind?: unknown }).kind === "payment";
