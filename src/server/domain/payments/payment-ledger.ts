// The at-most-once rule of the payroll, as a state machine both the services and the property test follow. Each
// entitlement has one payment order with one idempotency key; the bank books a key once. Whatever the order of
// runs, time-outs and callbacks, a key is sent again only while its answer is unknown, and a callback only moves
// an order that is still waiting.

export type OrderState = "PENDING" | "SENT" | "CREDITED" | "REJECTED";

/** A payroll run may (re)send an order whose answer it does not know; an answered order is never sent again. */
export const mustSend = (state: OrderState): boolean => state === "PENDING" || state === "SENT";

/** The bank's answer (in the reply or by callback) to an order: only a waiting order takes it. */
export function answer(state: OrderState, bank: "CREDITED" | "REJECTED"): OrderState {
  return mustSend(state) ? bank : state;
}
