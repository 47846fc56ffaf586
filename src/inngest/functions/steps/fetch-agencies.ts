import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import { defaultAgencyDeps } from "@/server/services/agencies/default-agency-deps";
import { fetchAgencyData } from "@/server/services/agencies/fetch-agency-data";
import type { Step } from "./notify-steps";

/**
 * The 20 agencies, one step each, in parallel. An agency that cannot answer does not fail its step (its result is
 * stored as unavailable and the case goes to review). Steps return counts only: FINs stay out of the engine.
 */
export async function fetchAllAgencies(step: Step, applicationId: string, runId: string) {
  return Promise.all(
    AGENCY_CODES.map((agency) =>
      step.run(`fetch-agency-${agency}`, async () => {
        const r = await fetchAgencyData({ applicationId, agency, requestedBy: `inngest:${runId}` }, defaultAgencyDeps());
        return { agency, asked: r.asked, unavailable: r.results.filter((x) => !x.available).length };
      }),
    ),
  );
}
