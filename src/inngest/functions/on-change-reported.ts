import { inngest } from "@/inngest/client";
import { changeReported, periodDecisionMade } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { gatherAgencyData } from "@/server/services/agencies/gather-agency-data";
import { applyReportedChange, reassessChange } from "@/server/services/changes/reassess-change";

/**
 * A change the family reported during its assignment (issue 14): the change goes into the family's data, the 20
 * agencies are asked again for the 12 months before the report, and the decision engine decides again. A new final
 * decision is announced (change/decided: the notice and the months' re-plan); a case the engine cannot decide
 * alone waits for the district's caseworker, who answers it on the case page. One run per report.
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
    return { reportId, result: result.kind };
  },
);
