import { inngest } from "@/inngest/client";
import { applicationSubmitted } from "@/inngest/events";

import { getDb } from "@/server/db/client";

import { recordChainStopped } from "@/server/services/applications/record-chain-stopped";
import { applyRepeatRule } from "@/server/services/decisions/check-repeat-rule";

import { decideApplication, decisionMessage } from "@/server/services/decisions/decide-application";

import { openCaseReview } from "@/server/services/reviews/open-case-review";

import { createEntitlements } from "@/server/services/payments/plan-entitlements";

import type { EngineInspection, InspectionOutcome } from "@/server/services/inspections/settle-inspection";
import { openBankAccount } from "./steps/bank-steps";

import { awaitVisit, scheduleVisit } from "./steps/inspection-steps";

import { notify } from "./steps/notify-steps";

import { openCase } from "./steps/open-case-steps";

import { awaitReview } from "./steps/review-steps";

const closed = (applicationId: string, at: string) => ({ applicationId, ended: "APPLICATION_CLOSED" as const, at });

function engineInspection(outcome: InspectionOutcome): EngineInspection {
  if (outcome.state === "COMPLETED") return outcome.inspection;
  if (outcome.state === "SKIPPED") return { status: "SKIPPED_REPEAT_RULE" };
  // Missed twice (or never arranged): the engine sends the case to a person.
  return { status: "NOT_DONE", reason: outcome.state === "MISSED" ? outcome.reason : "OTHER" };
}

/**
 * One application from submission to the bank card (docs/background-chain.md). One run per application: the
 * idempotency key is the application id. A withdrawal is noticed inside the steps, which then end the run.
 */
export const processApplication = inngest.createFunction(
  {
    id: "process-application",
    idempotency: "event.data.applicationId",
    // Inngest's most. A family's only run must outlast an outage of the database or a provider (the backoff grows to
    // minutes between tries, hours in all), not give up within a minute of overload. Still ≥ NOTIFY_MAX_ATTEMPTS − 1
    // and BANK_MAX_ATTEMPTS − 1, so the services' own attempt counts decide when a message or an order has failed.
    retries: 20,
    // Finished steps are reported five at a time (and at once before a wait, an error or the end), not each with a
    // round trip to Inngest: every step here may run twice anyway, which is all a lost buffer costs.
    checkpointing: { bufferedSteps: 5, maxInterval: "2s" },
    triggers: [applicationSubmitted],
    // What still fails for good is put before the district's staff and the operator, never left silent.
    onFailure: async ({ event, error, step }) => {
      await step.run("record-chain-stopped", () =>
        recordChainStopped(getDb(), {
          applicationId: event.data.event.data.applicationId,
          runId: event.data.run_id,
          errorName: error.name,
        }),
      );
    },
  },
  async ({ event, step, runId }) => {
    const { applicationId } = event.data;
    // The open check, the registration notice, the first visit's booking and the 20 agencies, in one step.
    const opened = await openCase(step, applicationId, runId);
    if (!opened.open) return closed(applicationId, "start");

    // 1. The home visit, unless the repeat-application rule spares it (with the agencies' data, now in).
    const repeat = opened.isRepeat
      ? await step.run("check-repeat-rule", () => applyRepeatRule(getDb(), { applicationId }))
      : null;
    let visit: InspectionOutcome = { state: "SKIPPED" };
    if (!repeat?.skipped) {
      const first = opened.visit ?? (await scheduleVisit(step, applicationId, 1));
      if (first.kind === "CLOSED") return closed(applicationId, "arrange-visit-1");
      // 2. The visit's result; a missed visit is booked once more.
      visit = await awaitVisit(step, applicationId, first);
      if (visit.state === "MISSED") {
        const second = await scheduleVisit(step, applicationId, 2);
        if (second.kind === "CLOSED") return closed(applicationId, "arrange-visit-2");
        visit = await awaitVisit(step, applicationId, second);
      }
    }
    // 4. The data is complete, and the engine decides, in one step (decideApplication is safe to run again).
    const decided = await step.run("decide", () =>
      decideApplication(getDb(), { applicationId, inspection: engineInspection(visit), now: new Date() }),
    );
    if (decided.kind === "CLOSED") return closed(applicationId, "decide");
    let final = { decisionId: decided.decisionId, outcome: decided.outcome };

    // 5. A person decides what the engine would not.
    if (decided.outcome === "REVIEW") {
      const review = await step.run("open-case-review", () =>
        openCaseReview(getDb(), { applicationId, decisionId: decided.decisionId, now: new Date() }),
      );
      if (review.kind === "CLOSED") return closed(applicationId, "open-case-review");
      for (const staffUserId of review.staffUserIds) {
        await notify(step, `review-request-${staffUserId}`, {
          applicationId,
          kind: "REVIEW_REQUEST",
          data: () => ({ reviewId: review.reviewId, staffUserId, ...(review.dueOn ? { dueOn: review.dueOn } : {}) }),
        });
      }
      const reviewed = await awaitReview(step, applicationId, review.reviewId);
      if (reviewed.kind !== "DECIDED")
        return { applicationId, ended: reviewed.kind === "CLOSED" ? "APPLICATION_CLOSED" : "REVIEW_NOT_DONE" };
      final = { decisionId: reviewed.decisionId, outcome: reviewed.outcome };
    }

    // 6. The family hears the decision.
    await notify(step, "decision-notice", {
      applicationId,
      kind: "DECISION",
      data: () => decisionMessage(getDb(), final.decisionId),
    });

    // The assistance year's months, which the monthly payroll pays (docs/payments.md).
    if (final.outcome === "ASSIGN")
      await step.run("plan-entitlements", () => createEntitlements(getDb(), final.decisionId, new Date()));

    // 7–8. The card account, and where to collect the card.
    const bank = final.outcome === "ASSIGN" ? await openBankAccount(step, applicationId, final.decisionId) : null;
    return { applicationId, outcome: final.outcome, decisionId: final.decisionId, bank: bank?.bank ?? null };
  },
);
