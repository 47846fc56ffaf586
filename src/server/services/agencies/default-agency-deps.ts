import "server-only";
import { getDb } from "@/server/db/client";
import { loadAgencyGatewayConfig } from "@/server/integrations/agencies/config";
import { AGENCY_CODES, type AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { BreakerState } from "@/server/integrations/agencies/circuit-breaker";
import { createAgencyGateway } from "@/server/integrations/agencies/gateway-client";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { prismaAuditSink } from "./prisma-audit-sink";

// One gateway per server process: circuit breakers only work if every step of every run shares them.
const globalForAgencies = globalThis as unknown as { vemtasAgencyDeps?: AgencyServiceDeps };

/** Each agency's circuit on this process's gateway; empty before any agency call (nothing is open then). */
export function agencyCircuitStates(): { agency: AgencyCode; state: BreakerState }[] {
  const gateway = globalForAgencies.vemtasAgencyDeps?.gateway;
  return gateway ? AGENCY_CODES.map((agency) => ({ agency, state: gateway.breakerState(agency) })) : [];
}

export function defaultAgencyDeps(): AgencyServiceDeps {
  if (!globalForAgencies.vemtasAgencyDeps) {
    const db = getDb();
    globalForAgencies.vemtasAgencyDeps = {
      db,
      gateway: createAgencyGateway({ config: loadAgencyGatewayConfig(), audit: prismaAuditSink(db) }),
    };
  }
  return globalForAgencies.vemtasAgencyDeps;
}
