import type { AssessmentInput } from "./input-schema";
import type { ParameterSet } from "./parameters";
import { createRuleContext } from "./rule-context";
import { familyComposition } from "./rules/family-composition";
import { repeatWithoutInspection, type RepeatQualification } from "./rules/repeat-application";

/**
 * Whether a repeat application may skip the home inspection (dost.gov.az; see rules/repeat-application.ts).
 * The workflow asks this on the day of application, before scheduling the inspection; `input.inspection` is ignored.
 */
export function qualifiesForRepeatWithoutInspection(
  input: AssessmentInput,
  parameters: ParameterSet,
): RepeatQualification {
  const ctx = createRuleContext(input, parameters, familyComposition(input.members).counted);
  return repeatWithoutInspection(ctx);
}

export type { RepeatQualification };
