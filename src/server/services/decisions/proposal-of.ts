import type { Outcome } from "@/generated/prisma/client";
import type { Assessment } from "@/server/domain";
import { proposedOutcome } from "./decide-application";

/** What the engine would decide: its outcome, or for a REVIEW what the figures alone say. */
export function proposalOf(assessment: Assessment): Extract<Outcome, "ASSIGN" | "REFUSE"> {
  return assessment.outcome === "REVIEW" ? proposedOutcome(assessment) : assessment.outcome;
}
