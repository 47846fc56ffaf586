import type { Db } from "@/server/db/create-client";
import { advanceStatus } from "@/server/services/applications/advance-status";
import type { EngineInspection } from "@/server/services/inspections/settle-inspection";
import { decideApplication, engineDecision, type DecideResult } from "./decide-application";

/**
 * The chain's step 4 in one: the application's data is complete (SUBMITTED / INSPECTION_SCHEDULED →
 * DATA_COLLECTED), then the engine decides. Safe to run again: a retry after the decision was written finds the
 * application past DATA_COLLECTED and returns that decision; an application closed meanwhile (withdrawn, decided
 * by a person) is CLOSED.
 */
export async function collectAndDecide(
  db: Db,
  opts: { applicationId: string; inspection: EngineInspection; now: Date },
): Promise<DecideResult> {
  const status = await advanceStatus(db, opts.applicationId, {
    from: ["SUBMITTED", "INSPECTION_SCHEDULED"],
    to: "DATA_COLLECTED",
    now: opts.now,
  });
  if (status !== "DATA_COLLECTED") {
    const decided = await engineDecision(db, opts.applicationId);
    return decided ? { kind: "DECIDED", decisionId: decided.id, outcome: decided.outcome } : { kind: "CLOSED" };
  }
  return decideApplication(db, opts);
}
