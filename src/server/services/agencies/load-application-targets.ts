import type { Db } from "@/server/db/create-client";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import { connectors } from "@/server/integrations/agencies/connectors";
import { incomePeriod, type IncomePeriod } from "@/server/integrations/agencies/period";

export interface ApplicationTargets {
  applicationDate: string;
  period: IncomePeriod;
  representativeFin: string;
  memberFins: string[];
}

/** One request of a service: the FIN sent, and the key it is stored under ("" for household services). */
export interface AgencyTarget {
  fin: string;
  storedAs: string;
}

/**
 * `asOf`: the date the family is assessed on, when it is not the application date: a reassessment during the
 * period (a reported change) asks the agencies for the 12 months before the report (issue 14).
 */
export async function loadApplicationTargets(
  db: Db,
  applicationId: string,
  asOf?: string,
): Promise<ApplicationTargets> {
  const app = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      applicationDate: true,
      applicant: { select: { fin: true } },
      members: { select: { fin: true, relation: true }, orderBy: { position: "asc" } },
    },
  });
  if (!app.applicationDate)
    throw new Error(`application ${applicationId} has no application date: it is not submitted`);
  const applicationDate = asOf ?? app.applicationDate.toISOString().slice(0, 10);
  const representativeFin = app.members.find((m) => m.relation === "APPLICANT")?.fin ?? app.applicant.fin;
  if (!representativeFin) throw new Error(`application ${applicationId} has no representative FIN`);
  return {
    applicationDate,
    period: incomePeriod(applicationDate),
    representativeFin,
    memberFins: app.members.map((m) => m.fin),
  };
}

export function targetsOf(agency: AgencyCode, t: ApplicationTargets): AgencyTarget[] {
  return connectors[agency].scope === "HOUSEHOLD"
    ? [{ fin: t.representativeFin, storedAs: "" }]
    : t.memberFins.map((fin) => ({ fin, storedAs: fin }));
}
