import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { answerStore } from "./answer-store";
import { askAgency, type StoredRow } from "./fetch-agency-data";
import { applicationTargets } from "./load-application-targets";
import { readFamilyRecord } from "./read-family-record";

export interface GatherSummary {
  /** Requests made now; 0 when a retried gather found everything stored. */
  asked: number;
  /** Member (or household) answers stored as unavailable, over all agencies. */
  unavailable: number;
}

/**
 * The chain's data gathering: all 20 agencies asked at once, so it lasts about as long as the slowest agency
 * instead of the sum of them. The family and the stored answers are read once; every answer is stored the moment
 * it arrives, batched with the others that arrive with it (answer-store.ts), so a retry after a crash asks only
 * for what had not been answered. When an agency's call throws, the others are still awaited and stored before
 * the gather fails.
 */
export async function gatherAgencyData(options: GatherOptions, deps: AgencyServiceDeps): Promise<GatherSummary> {
  return (await prepareGather(options, deps)).ask();
}

export interface GatherOptions {
  applicationId: string;
  requestedBy: string;
  asOf?: string;
}

/**
 * The gather's reads (the family, the answers stored before), with the asking left to `ask`: the chain's opening
 * reads them while it checks that the application is still open, and asks nobody for a withdrawn one.
 */
export async function prepareGather(
  options: GatherOptions,
  deps: AgencyServiceDeps,
): Promise<{ ask: () => Promise<GatherSummary> }> {
  const { applicationId } = options;
  // The family and its stored answers in one statement.
  const family = await readFamilyRecord(deps.db, applicationId);
  const targets = applicationTargets(applicationId, family, options.asOf);
  const byAgency = new Map<string, StoredRow[]>();
  for (const row of family.agencyResults) {
    const rows = byAgency.get(row.agency);
    if (rows) rows.push(row);
    else byAgency.set(row.agency, [row]);
  }
  const ask = async (): Promise<GatherSummary> => {
    const store = answerStore(deps.db, applicationId);
    const settled = await Promise.allSettled(
      AGENCY_CODES.map((agency) => askAgency({ ...options, agency }, targets, byAgency.get(agency) ?? [], deps, store)),
    );
    await store.drain();
    let asked = 0;
    let unavailable = 0;
    for (const s of settled) {
      if (s.status === "rejected") throw s.reason;
      asked += s.value.asked;
      unavailable += s.value.results.filter((x) => !x.available).length;
    }
    return { asked, unavailable };
  };
  return { ask };
}
