import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { calendarDateFromDb } from "@/server/db/calendar-date";
import { bankConfig } from "@/server/integrations/bank/config";
import { requestPayment, type PaymentReply } from "@/server/integrations/bank/request-payment";
import { applyPaymentAnswer } from "./apply-payment-answer";

/** Thrown after a batch in which the bank could not be reached for some orders: the step retries the batch. */
export class RetryablePaymentError extends Error {
  constructor(
    readonly failed: number,
    reason: string,
  ) {
    super(`${failed} payment(s) not answered by the bank: ${reason}`);
    this.name = "RetryablePaymentError";
  }
}

export interface SentBatch {
  /** Orders looked at; fewer than the limit means the last batch. */
  count: number;
  /** The cursor for the next batch (orders are taken in id order). */
  lastId: string | null;
  credited: number;
  rejected: number;
  pending: number;
  failed: number;
}

/** How many orders one batch sends at once. */
const PARALLEL = 8;

const waitingOrder = {
  id: true,
  kind: true,
  amountQepik: true,
  idempotencyKey: true,
  status: true,
  entitlement: { select: { month: true } },
  application: {
    select: {
      registrationNumber: true,
      bankOrders: { where: { status: "OPENED" }, orderBy: { round: "desc" }, take: 1, select: { bankReference: true } },
    },
  },
} satisfies Prisma.PaymentOrderSelect;
type WaitingOrder = Prisma.PaymentOrderGetPayload<{ select: typeof waitingOrder }>;

/**
 * One batch of the payroll's sending (docs/payments.md, "At most once"): the next `limit` orders after `after`
 * whose answer is unknown (PENDING; SENT too, or only when last sent before `staleBefore` for the sweep), each sent
 * with its own idempotency key, so the bank books it once however often it is sent. An answer in the reply is
 * applied at once; an accepted order waits for the callback. When the bank could not be reached for some, the
 * batch throws after recording what it heard, and its retry sends those again.
 */
export async function sendPaymentOrders(
  db: Db,
  opts: { after: string | null; limit: number; staleBefore: Date | null; orderIds?: string[] },
): Promise<SentBatch> {
  const orders = await db.paymentOrder.findMany({
    where: {
      ...(opts.after ? { id: { gt: opts.after } } : {}),
      ...(opts.orderIds ? { id: { in: opts.orderIds } } : {}),
      OR: [
        { status: "PENDING" },
        {
          status: "SENT",
          ...(opts.staleBefore ? { OR: [{ lastAttemptAt: null }, { lastAttemptAt: { lt: opts.staleBefore } }] } : {}),
        },
      ],
    },
    orderBy: { id: "asc" },
    take: opts.limit,
    select: waitingOrder,
  });
  const batch: SentBatch = {
    count: orders.length,
    lastId: orders.at(-1)?.id ?? opts.after,
    credited: 0,
    rejected: 0,
    pending: 0,
    failed: 0,
  };
  const errors: string[] = [];
  for (let i = 0; i < orders.length; i += PARALLEL) {
    const replies = await Promise.all(orders.slice(i, i + PARALLEL).map((o) => sendOne(db, o)));
    for (const r of replies) {
      if (r.kind === "credited") batch.credited += 1;
      else if (r.kind === "rejected") batch.rejected += 1;
      else if (r.kind === "pending") batch.pending += 1;
      else {
        batch.failed += 1;
        if (r.retryable) errors.push(r.error);
      }
    }
  }
  if (errors.length > 0) throw new RetryablePaymentError(errors.length, errors[0]!);
  return batch;
}

async function sendOne(db: Db, order: WaitingOrder): Promise<PaymentReply> {
  const now = new Date();
  const account = order.application.bankOrders[0]?.bankReference;
  const registrationNumber = order.application.registrationNumber;
  // A month is ordered only for an open account, and arrears only after a paid month: this is a person's problem.
  if (!account || !registrationNumber) {
    await db.paymentOrder.update({
      where: { id: order.id },
      data: { attempts: { increment: 1 }, lastAttemptAt: now, lastError: "no open card account" },
    });
    return { kind: "error", retryable: false, error: "no open card account" };
  }
  await db.paymentOrder.update({ where: { id: order.id }, data: { attempts: { increment: 1 }, lastAttemptAt: now } });
  const reply = await requestPayment(bankConfig(), order.idempotencyKey, {
    paymentReference: order.id,
    account: { bankOrderId: account },
    amountQepik: order.amountQepik,
    currency: "AZN",
    purpose: {
      kind: order.kind,
      month: order.entitlement ? calendarDateFromDb(order.entitlement.month).slice(0, 7) : null,
      registrationNumber,
    },
  });
  const answeredAt = new Date();
  if (reply.kind === "credited")
    await applyPaymentAnswer(db, order.id, { status: "CREDITED", bankPaymentId: reply.bankPaymentId }, answeredAt);
  else if (reply.kind === "rejected")
    await applyPaymentAnswer(
      db,
      order.id,
      { status: "REJECTED", bankPaymentId: reply.bankPaymentId, reasonCode: reply.reasonCode },
      answeredAt,
    );
  else if (reply.kind === "pending") {
    await db.paymentOrder.updateMany({
      where: { id: order.id, status: "PENDING" },
      data: { status: "SENT", bankPaymentId: reply.bankPaymentId, lastError: null },
    });
  } else await db.paymentOrder.update({ where: { id: order.id }, data: { lastError: reply.error.slice(0, 200) } });
  return reply;
}
