import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { gatherAgencyData } from "@/server/services/agencies/gather-agency-data";
import type { Step } from "./notify-steps";

/**
 * The 20 agencies in one step that asks them all at once: as steps of their own, the engine would run them one
 * request after another (20 × the agency latency). Durability is the service's: each agency's answers are stored
 * as they arrive, and a retried step asks only for what is missing. An agency that cannot answer does not fail
 * the step (its result is stored as unavailable and the case goes to review). The step returns counts only: FINs
 * stay out of the engine.
 */
export async function fetchAllAgencies(step: Step, applicationId: string, runId: string) {
  return step.run("gather-agencies", () =>
    gatherAgencyData({ applicationId, requestedBy: `inngest:${runId}` }, defaultAgencyDeps()),
  );
}
