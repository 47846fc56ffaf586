// A monthly payment the bank rejected (docs/payments.md, "A rejected payment"). The law says only that assistance
// is paid monthly to the card account; our reading: a rejection for a reason that passes (the account blocked, a
// limit, the bank's own failure) is sent again once, by the next month's payroll, at the month's amount then in
// force; a second rejection, or a reason that does not pass by itself (no such account), goes to a person. The
// family is told each time. A new attempt is a new payment with its own idempotency key, made only after the bank
// answered the last one REJECTED, so a month is never credited twice.

/** Reasons that usually pass without a person: the family unblocks its card, the bank recovers. */
export const TRANSIENT_REJECTIONS = ["ACCOUNT_BLOCKED", "LIMIT_EXCEEDED", "BANK_TECHNICAL_ERROR"] as const;

/** Attempts of one month before a person must take it up. */
export const MAX_PAYMENT_ATTEMPTS = 2;

export type AfterRejection = "RESEND" | "STAFF";

export function afterRejection(reasonCode: string | null, attempt: number): AfterRejection {
  const transient = (TRANSIENT_REJECTIONS as readonly string[]).includes(reasonCode ?? "");
  return transient && attempt < MAX_PAYMENT_ATTEMPTS ? "RESEND" : "STAFF";
}
