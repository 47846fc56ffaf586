import { paymentRejected, paymentsStopped } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import type { YearMonth } from "@/kernel/calendar-date";
import { findStopCandidates, judgeWithdrawals } from "@/server/services/payments/judge-withdrawals";
import { listUntoldRejections } from "@/server/services/payments/list-untold-rejections";
import { recordPayrollOrders } from "@/server/services/payments/record-payroll-orders";
import { sendPaymentOrders, type SentBatch } from "@/server/services/payments/send-payment-orders";
import type { Step } from "./notify-steps";

/** Families whose withdrawals one step asks the bank for. */
const JUDGE_BATCH = 100;
/** Payment orders one step sends. At 100,000 families a month that is 200 steps, well under a run's step limit. */
export const SEND_BATCH = 500;
/** Rejections one step announces (each becomes one notice). */
const TELL_BATCH = 500;

export interface PaidMonthSummary {
  month: YearMonth;
  stopped: number;
  recorded: number;
  sent: number;
  credited: number;
  pending: number;
  rejectionsTold: number;
}

/**
 * Pays `month` (docs/payments.md): judges the 2-month stop for the families it may apply to and tells those stopped
 * (one event each, its id the stop, so a repeat is dropped), records the month's orders, then sends every order
 * whose answer is unknown in batches, each a step, and tells the families whose payment the bank rejected: a run that crashes resumes after its last finished step, and a
 * batch sent again books nothing twice (the bank keeps each order's idempotency key). `staleBefore` (the sweep):
 * an order the bank accepted is asked again only when its callback has not come since then.
 */
export async function payMonth(
  step: Step,
  opts: { month: YearMonth; staleBefore: Date | null },
): Promise<PaidMonthSummary> {
  const { month } = opts;
  const candidates = await step.run("find-stop-candidates", () => findStopCandidates(getDb(), { month }));
  let stopped = 0;
  for (let i = 0; i * JUDGE_BATCH < candidates.length; i++) {
    const ids = candidates.slice(i * JUDGE_BATCH, (i + 1) * JUDGE_BATCH);
    const judged = await step.run(`judge-withdrawals-${i}`, () =>
      judgeWithdrawals(getDb(), ids, { month, now: new Date() }),
    );
    if (judged.length === 0) continue;
    stopped += judged.length;
    await step.sendEvent(
      `tell-stopped-${i}`,
      judged.map((s) => paymentsStopped.create(s, { id: `payments-stopped-${s.applicationId}-${s.stoppedFrom}` })),
    );
  }
  const recorded = await step.run("record-orders", () => recordPayrollOrders(getDb(), { month, now: new Date() }));
  const summary: PaidMonthSummary = {
    month,
    stopped,
    recorded,
    sent: 0,
    credited: 0,
    pending: 0,
    rejectionsTold: 0,
  };
  let after: string | null = null;
  for (let i = 0; ; i++) {
    const cursor: string | null = after;
    const batch: SentBatch = await step.run(`send-payments-${i}`, (): Promise<SentBatch> =>
      sendPaymentOrders(getDb(), { after: cursor, limit: SEND_BATCH, staleBefore: opts.staleBefore }),
    );
    summary.sent += batch.count;
    summary.credited += batch.credited;
    summary.pending += batch.pending;
    if (batch.count < SEND_BATCH) break;
    after = batch.lastId;
  }
  // Rejections answered in this run or by a callback since the last one: each family told once per attempt (the
  // event id, then the outbox's dedupe key); a rejection whose notice failed is picked again by the next sweep.
  const rejections = await step.run("find-rejections", () => listUntoldRejections(getDb(), { limit: TELL_BATCH }));
  if (rejections.length > 0) {
    await step.sendEvent(
      "tell-rejections",
      rejections.map((r) => paymentRejected.create(r, { id: `payment-rejected-${r.orderId}` })),
    );
    summary.rejectionsTold = rejections.length;
  }
  return summary;
}
