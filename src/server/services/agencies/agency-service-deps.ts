import type { Db } from "@/server/db/create-client";
import type { AgencyGateway } from "@/server/integrations/agencies/gateway-client";

/** What the agency use-cases need; passed in, so tests, the benchmark and the app each bring their own. */
export interface AgencyServiceDeps {
  db: Db;
  gateway: AgencyGateway;
}
