import "server-only";
import { getDb } from "@/server/db/client";
import { loadAgencyGatewayConfig } from "@/server/integrations/agencies/config";
import { createAgencyGateway } from "@/server/integrations/agencies/gateway-client";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { prismaAuditSink } from "./prisma-audit-sink";

// One gateway per server process: circuit breakers only work if every step of every run shares them.
const globalForAgencies = globalThis as unknown as { vemtasAgencyDeps?: AgencyServiceDeps };

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
