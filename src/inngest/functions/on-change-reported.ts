import { inngest } from "@/inngest/client";
import { changeReported, periodDecisionMade } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { gatherAgencyData } from "@/server/services/agencies/gather-agency-data";
import { findChangeReviewers } from "@/server/services/changes/find-change-reviewers";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";
import { notify } from "./steps/notify-steps";

/**
 * A change the family reported during its assignment (issue 14): the change goes into the family's data, the 20
 * agencies are asked again for the 12 months before the report, and the decision engine decides again. A new final
 * decision is announced (change/decided: the notice and the months' re-plan); a case the engine cannot decide
 * alone waits for the district's caseworkers, who are told by e-mail and answer it on the case page. One run per
 * report.
 */
export const onChangeReported = inngest.createFunction(
  { id: "reassess-reported-change", idempotency: "event.data.reportId", retries: 5, triggers: [changeReported] },
  async ({ event, step, runId }) => {
    const { applicationId, reportId } = event.data;
    const applied = await step.run("apply-change", () => applyReportedChange(getDb(), { reportId, now: new Date() }));
    if (applied.kind === "CLOSED") return { reportId, ended: "CLOSED" as const };
    await step.run("gather-agencies", () =>
      gatherAgencyData({ applicationId, requestedBy: `inngest:${runId}`, asOf: applied.asOf }, defaultAgencyDeps()),
    );
    const result = await step.run("reassess", () => reassessChange(getDb(), { reportId, now: new Date() }));
    if (result.kind === "DECIDED") {
      await step.sendEvent(
        "announce-decision",
        periodDecisionMade.create(
          { applicationId, decisionId: result.decisionId },
          { id: `change-decided-${result.decisionId}` },
        ),
      );
    }
    if (result.kind === "IN_REVIEW") {
      // The district's caseworkers are told by e-mail (the chain review's request, in their language); the report
      // is in their queue on the staff home meanwhile.
      const { staffUserIds } = await step.run("find-change-reviewers", () => findChangeReviewers(getDb(), reportId));
      for (const staffUserId of staffUserIds) {
        await notify(step, `change-review-request-${staffUserId}`, {
          applicationId,
          kind: "REVIEW_REQUEST",
          data: () => ({ reviewId: reportId, staffUserId, cause: "CHANGE_REPORT" as const }),
        });
      }
    }
    return { reportId, result: result.kind };
  },
);
