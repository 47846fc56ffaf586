import { z } from "zod";
import { AssetKind, Relation } from "@/generated/prisma/enums";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";

// Dates arrive as the column's text ('YYYY-MM-DD'), so no time zone can shift the calendar day.
const zIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const zFamilyRecord = z.object({
  applicationDate: zIsoDate.nullable(),
  address: z.string().nullable(),
  districtCode: z.string().nullable(),
  applicantFin: z.string().nullable(),
  members: z.array(
    z.object({
      fin: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      birthDate: zIsoDate,
      relation: z.enum(Relation),
      declaredFacts: z.unknown(),
    }),
  ),
  declaredIncomes: z.array(
    z.object({
      memberFin: z.string(),
      type: z.string(),
      monthlyQepik: z.number().int(),
      startedOn: z.string().nullable(),
      registered: z.boolean().nullable(),
    }),
  ),
  declaredAssets: z.array(z.object({ kind: z.enum(AssetKind), details: z.unknown() })),
  agencyResults: z.array(
    z.object({ agency: z.string(), memberFin: z.string(), available: z.boolean(), data: z.unknown() }),
  ),
  /** The result the last completed home visit recorded (Inspection.result), or null. */
  visitResult: z.unknown(),
});

/**
 * What a case is built from: the application's frame, its members in their order, the declaration, the answers and
 * what the home visit counted.
 */
export type FamilyRecord = z.infer<typeof zFamilyRecord>;

/**
 * The family's record in one statement (the application, its representative's FIN, members, declaration, stored
 * agency answers and the last completed visit's result), where the ORM's relation loading takes seven: the chain
 * reads it for every decision, and each statement costs more than the aggregation. Members come in the order the family listed them.
 */
export async function readFamilyRecord(db: Db, applicationId: string): Promise<FamilyRecord> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT a."applicationDate"::text AS "applicationDate", a.address, a."districtCode", u.fin AS "applicantFin",
      coalesce((SELECT json_agg(json_build_object('fin', m.fin, 'firstName', m."firstName",
                  'lastName', m."lastName", 'birthDate', m."birthDate"::text, 'relation', m.relation,
                  'declaredFacts', m."declaredFacts") ORDER BY m.position)
                FROM "FamilyMember" m WHERE m."applicationId" = a.id), '[]') AS members,
      coalesce((SELECT json_agg(json_build_object('memberFin', i."memberFin", 'type', i.type,
                  'monthlyQepik', i."monthlyQepik", 'startedOn', i."startedOn"::text,
                  'registered', i.registered))
                FROM "DeclaredIncome" i WHERE i."applicationId" = a.id), '[]') AS "declaredIncomes",
      coalesce((SELECT json_agg(json_build_object('kind', d.kind, 'details', d.details))
                FROM "DeclaredAsset" d WHERE d."applicationId" = a.id), '[]') AS "declaredAssets",
      coalesce((SELECT json_agg(json_build_object('agency', r.agency, 'memberFin', r."memberFin",
                  'available', r.available, 'data', r.data))
                FROM "AgencyResult" r WHERE r."applicationId" = a.id), '[]') AS "agencyResults",
      (SELECT v.result FROM "Inspection" v WHERE v."applicationId" = a.id AND v.status = 'COMPLETED'
        ORDER BY v.attempt DESC LIMIT 1) AS "visitResult"
    FROM "Application" a JOIN "User" u ON u.id = a."applicantId"
    WHERE a.id = ${applicationId}`;
  if (rows.length === 0) throw new AppError("notFound", { entity: "application" });
  return zFamilyRecord.parse(rows[0]);
}
