import { eventType } from "inngest";
import { z } from "zod";

// Events are facts in the past tense. Each carries ids only: the data itself is read from the database
// inside a step, so an event never holds personal data and never goes stale.

export const applicationSubmitted = eventType("application/submitted", {
  schema: z.object({ applicationId: z.string().min(1) }),
});

export const inspectionCompleted = eventType("inspection/completed", {
  schema: z.object({ applicationId: z.string().min(1), inspectionId: z.string().min(1) }),
});

export const caseReviewed = eventType("case/reviewed", {
  schema: z.object({ applicationId: z.string().min(1), reviewId: z.string().min(1) }),
});

export const bankAccountAnswered = eventType("bank/account.answered", {
  schema: z.object({ applicationId: z.string().min(1), orderId: z.string().min(1) }),
});

export const applicationWithdrawn = eventType("application/withdrawn", {
  schema: z.object({ applicationId: z.string().min(1) }),
});

export const appealAnswered = eventType("appeal/answered", {
  schema: z.object({ applicationId: z.string().min(1), appealId: z.string().min(1) }),
});

/** A caseworker or supervisor ordered a card account again: `orderId` is the new round of the decision's order. */
export const bankReorderRequested = eventType("bank/reorder.requested", {
  schema: z.object({ applicationId: z.string().min(1), decisionId: z.string().min(1), orderId: z.string().min(1) }),
});

/**
 * A final decision now supersedes the one the family's assignment was running on (an appeal answer, a
 * reassessment after a reported change, a false-information finding), from its `effectiveFrom` month: the monthly
 * entitlements are planned again from that month, and months already paid at a lower amount are paid once in arrears.
 */
export const assignmentChanged = eventType("assignment/changed", {
  schema: z.object({ applicationId: z.string().min(1), decisionId: z.string().min(1) }),
});

// ── Payroll (issue 14, docs/payments.md) ──

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The payroll of `today` (a Baku date) asked for outside its cron: an operator re-running a day, or a test driving
 * the calendar. A day after today is refused, so no month is ever paid early.
 */
export const payrollRequested = eventType("payments/payroll.requested", { schema: z.object({ today: IsoDay }) });

/** The payroll sweep asked for outside its cron, as of `today`. */
export const payrollSweepRequested = eventType("payments/sweep.requested", { schema: z.object({ today: IsoDay }) });

/** The 2-month stop stopped a family's payments from `stoppedFrom`: the family is told, once per stop. */
export const paymentsStopped = eventType("payments/stopped", {
  schema: z.object({
    applicationId: z.string().min(1),
    stoppedFrom: z.string().regex(/^\d{4}-\d{2}$/),
    unusedMonths: z.array(z.string().regex(/^\d{4}-\d{2}$/)).min(1),
  }),
});

/** Staff sent a month the bank rejected again (docs/payments.md, "A rejected payment"): `orderId` is the new attempt. */
export const paymentResendRequested = eventType("payments/resend.requested", {
  schema: z.object({ applicationId: z.string().min(1), orderId: z.string().min(1) }),
});

/** The bank rejected a month's payment (attempt n): the family is told, once per attempt. */
export const paymentRejected = eventType("payments/rejected", {
  schema: z.object({
    orderId: z.string().min(1),
    applicationId: z.string().min(1),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    attempt: z.number().int().min(1),
    resend: z.boolean(),
  }),
});

/** The family reported a change during its running assignment (issue 14): reassess it. */
export const changeReported = eventType("change/reported", {
  schema: z.object({ applicationId: z.string().min(1), reportId: z.string().min(1) }),
});

/**
 * A decision during the period was made outside the engine's first run — a reassessment, a staff answer to a
 * reassessment in review, a false-information finding: tell the family and re-plan the months (assignment/changed).
 */
export const periodDecisionMade = eventType("change/decided", {
  schema: z.object({ applicationId: z.string().min(1), decisionId: z.string().min(1) }),
});

/** The family moved its card to another branch: it is told the `change`-th move's branch and pickup day. */
export const cardBranchChanged = eventType("bank/card-branch.changed", {
  schema: z.object({
    applicationId: z.string().min(1),
    orderId: z.string().min(1),
    change: z.number().int().min(1),
  }),
});

/** Staff booked or moved a home visit by hand (issue 17): the family is told booking `booking` of the visit. */
export const visitBooked = eventType("inspection/booked", {
  schema: z.object({
    applicationId: z.string().min(1),
    inspectionId: z.string().min(1),
    booking: z.number().int().min(1),
  }),
});
