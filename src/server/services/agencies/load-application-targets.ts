import { z } from "zod";
import { Relation } from "@/generated/prisma/enums";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
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

/** What the targets are worked out from; `readFamilyRecord` reads it too, with the rest of the case. */
export interface TargetsSource {
  /** The column's text, 'YYYY-MM-DD'; null before submission. */
  applicationDate: string | null;
  applicantFin: string | null;
  /** In the family's order. */
  members: { fin: string; relation: Relation }[];
}

const zTargetsSource = z.object({
  applicationDate: z.string().nullable(),
  applicantFin: z.string().nullable(),
  members: z.array(z.object({ fin: z.string(), relation: z.enum(Relation) })),
});

/**
 * `asOf`: the date the family is assessed on, when it is not the application date: a reassessment during the
 * period (a reported change) asks the agencies for the 12 months before the report (issue 14).
 */
export async function loadApplicationTargets(
  db: Db,
  applicationId: string,
  asOf?: string,
): Promise<ApplicationTargets> {
  // One statement, not the ORM's three (application, applicant, members).
  const rows = await db.$queryRaw<unknown[]>`
    SELECT a."applicationDate"::text AS "applicationDate", u.fin AS "applicantFin",
      coalesce((SELECT json_agg(json_build_object('fin', m.fin, 'relation', m.relation) ORDER BY m.position)
                FROM "FamilyMember" m WHERE m."applicationId" = a.id), '[]') AS members
    FROM "Application" a JOIN "User" u ON u.id = a."applicantId"
    WHERE a.id = ${applicationId}`;
  if (rows.length === 0) throw new AppError("notFound", { entity: "application" });
  return applicationTargets(applicationId, zTargetsSource.parse(rows[0]), asOf);
}

/** Who is asked about, and for which months: the representative, each member, the 12 months before the date. */
export function applicationTargets(applicationId: string, app: TargetsSource, asOf?: string): ApplicationTargets {
  if (!app.applicationDate)
    throw new Error(`application ${applicationId} has no application date: it is not submitted`);
  const applicationDate = asOf ?? app.applicationDate;
  const representativeFin = app.members.find((m) => m.relation === "APPLICANT")?.fin ?? app.applicantFin;
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
