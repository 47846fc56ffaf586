import type { Db } from "@/server/db/create-client";
import { loadAgencyGatewayConfig } from "@/server/integrations/agencies/config";
import { createAgencyGateway, type AgencyGateway } from "@/server/integrations/agencies/gateway-client";
import { AGENCY_CODES } from "@/server/integrations/agencies/catalogue";
import { fetchAgencyData } from "@/server/services/agencies/fetch-agency-data";
import { prismaAuditSink } from "@/server/services/agencies/prisma-audit-sink";
import type { SimFamily } from "./population/model";

/** A submitted application for a synthetic family, as the citizen wizard would leave it. */
export async function createApplicationFor(db: Db, family: SimFamily, applicationDate: string): Promise<string> {
  const rep = family.members[0];
  if (!rep) throw new Error("empty family");
  const user = await db.user.upsert({
    where: { fin: rep.fin },
    update: {},
    create: { fin: rep.fin, role: "CITIZEN", name: rep.firstName },
  });
  const app = await db.application.create({
    data: {
      applicantId: user.id,
      status: "SUBMITTED",
      address: family.address,
      submittedAt: new Date(`${applicationDate}T09:00:00Z`),
      applicationDate: new Date(`${applicationDate}T00:00:00Z`),
      members: {
        create: family.members.map((m) => ({
          fin: m.fin,
          firstName: m.firstName,
          lastName: m.lastName,
          patronymic: m.patronymic,
          birthDate: new Date(`${m.birthDate}T00:00:00Z`),
          relation: m.relation,
          position: m.position,
        })),
      },
    },
  });
  return app.id;
}

/** `createApplicationFor`, then every agency asked, as the chain's gather leaves an application before the visit. */
export async function gatheredApplicationFor(
  db: Db,
  gateway: AgencyGateway,
  family: SimFamily,
  applicationDate: string,
): Promise<string> {
  const applicationId = await createApplicationFor(db, family, applicationDate);
  await Promise.all(
    AGENCY_CODES.map((agency) => fetchAgencyData({ applicationId, agency, requestedBy: "test" }, { db, gateway })),
  );
  return applicationId;
}

/** A gateway on the simulator with fast retries and a small breaker threshold, so fault tests stay quick. */
export function testGateway(db: Db, baseUrl: string, env: Record<string, string> = {}): AgencyGateway {
  const config = loadAgencyGatewayConfig({
    AGENCY_GATEWAY_BASE_URL: baseUrl,
    AGENCY_TIMEOUT_MS: "1500",
    AGENCY_RETRY_ATTEMPTS: "3",
    AGENCY_RETRY_BASE_MS: "10",
    AGENCY_BREAKER_FAILURES: "3",
    AGENCY_BREAKER_OPEN_MS: "60000",
    ...env,
  });
  return createAgencyGateway({ config, audit: prismaAuditSink(db) });
}
