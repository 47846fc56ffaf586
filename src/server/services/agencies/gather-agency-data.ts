import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { askAndStore, type FetchAgencyDataResult, type StoredRow } from "./fetch-agency-data";
import { loadApplicationTargets } from "./load-application-targets";

export interface GatherSummary {
  /** Requests made now; 0 when a retried gather found everything stored. */
  asked: number;
  /** Member (or household) answers stored as unavailable, over all agencies. */
  unavailable: number;
}

/**
 * The chain's data gathering: all 20 agencies asked at once, so it lasts about as long as the slowest agency
 * instead of the sum of them. The family and the stored answers are read once. Each agency's answers are stored
 * as soon as they arrive (askAndStore), so a retry after a crash asks only the agencies that had not answered.
 */
export async function gatherAgencyData(
  options: { applicationId: string; requestedBy: string; asOf?: string },
  deps: AgencyServiceDeps,
): Promise<GatherSummary> {
  const { applicationId } = options;
  const [targets, stored] = await Promise.all([
    loadApplicationTargets(deps.db, applicationId, options.asOf),
    deps.db.agencyResult.findMany({
      where: { applicationId },
      select: { agency: true, memberFin: true, available: true, data: true },
    }),
  ]);
  const byAgency = new Map<string, StoredRow[]>();
  for (const row of stored) byAgency.set(row.agency, [...(byAgency.get(row.agency) ?? []), row]);
  const results: FetchAgencyDataResult[] = await Promise.all(
    AGENCY_CODES.map((agency) => askAndStore({ ...options, agency }, targets, byAgency.get(agency) ?? [], deps)),
  );
  return {
    asked: results.reduce((n, r) => n + r.asked, 0),
    unavailable: results.reduce((n, r) => n + r.results.filter((x) => !x.available).length, 0),
  };
}
