import type { AssessmentInputDraft } from "@/server/domain/input-schema";
import type { InspectionResult } from "@/lib/inspection/inspection-result";

// The schema lives in src/lib so the tablet form checks exactly what the server checks; the chain imports it
// and the mapping to the engine from here.
export { ZInspectionResult, type InspectionResult } from "@/lib/inspection/inspection-result";

/**
 * The decision engine's `inspection` input from a recorded visit: done on the day of the visit, with the
 * inspector's call for a person's judgement as the engine's flag, so that the case goes to a reviewer with
 * the inspector's own words.
 */
export function toEngineInspection(result: InspectionResult): AssessmentInputDraft["inspection"] {
  return {
    status: "COMPLETED",
    date: result.visitedOn,
    inspectorFlags: result.judgement ? [{ code: result.judgement.code, note: result.judgement.reason }] : [],
  };
}
