import type { Discrepancy } from "@/server/integrations/agencies/compare-declaration";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { buildVerifiedCase } from "./build-verified-case";

export interface FindDiscrepanciesOptions {
  applicationId: string;
}

/** The declaration against the stored agency data, per member and field, for the staff console. */
export async function findDiscrepancies(
  options: FindDiscrepanciesOptions,
  deps: Pick<AgencyServiceDeps, "db">,
): Promise<Discrepancy[]> {
  return (await buildVerifiedCase({ applicationId: options.applicationId }, deps)).discrepancies;
}
