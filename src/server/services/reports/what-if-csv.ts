import type { SessionUser } from "@/kernel/session-user";
import type { WhatIfRequest } from "@/lib/what-if/what-if-request";
import type { Db } from "@/server/db/create-client";
import { policyComparisonCsv } from "@/server/domain/batch/compare-policy";
import { runWhatIfAs } from "./run-what-if-as";

/** The what-if's district table as CSV text, run (and audited) as the staff member who downloads it. */
export async function whatIfCsvAs(db: Db, user: SessionUser, request: WhatIfRequest): Promise<string> {
  return policyComparisonCsv(await runWhatIfAs(db, user, request, "whatIf.csv"));
}
