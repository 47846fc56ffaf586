import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { recordAudit } from "@/server/services/audit/record-audit";
import { runWhatIf, type WhatIfRun } from "./run-what-if";
import type { WhatIfRequest } from "@/lib/what-if/what-if-request";
import { policyOf } from "./what-if-policy";

/** A what-if run by a staff member: it reads every decided family's data, so the run is audited (figures only). */
export async function runWhatIfAs(
  db: Db,
  user: SessionUser,
  request: WhatIfRequest,
  action: "whatIf.run" | "whatIf.csv",
): Promise<WhatIfRun> {
  const run = await runWhatIf(db, { asOf: request.asOf, policy: await policyOf(db, request) });
  await recordAudit(db, { actor: user, action, entity: "WhatIf", details: { ...request, families: run.families } });
  return run;
}
