import { addDays, type IsoDate } from "@/kernel/calendar-date";
import type { AssessmentInput, Member } from "./input-schema";
import type { RuleCheck, RuleCode, RuleResult } from "./outcome";
import type { ParameterCode, ParameterSet } from "./parameters";
import { parametersInForce } from "./parameters-in-force";
import { draft, type ReasonDraft } from "./reasons";

// What every rule sees: the validated input, the parameters in force on the application date, and the members
// counted. A parameter that is not recorded for the date is reported once, as a REVIEW reason, never guessed.

export interface RuleContext {
  readonly input: AssessmentInput;
  readonly date: IsoDate;
  readonly counted: readonly Member[];
  /** The value in force on the application date, or null (and a PARAMETER_NOT_IN_FORCE reason is recorded). */
  param(code: ParameterCode): number | null;
  /** Like param, but a missing value is not a problem (the caller has a stated default). */
  optionalParam(code: ParameterCode): number | null;
  /**
   * Every value the parameter took up to the application date, oldest first, each with the last day it was in
   * force (the application date for the one in force on it). For a rule that asks what was true earlier.
   */
  paramHistory(code: ParameterCode): readonly ParameterPeriod[];
  readonly missingParameters: ReadonlySet<ParameterCode>;
}

export interface ParameterPeriod {
  value: number;
  validFrom: IsoDate;
  lastDay: IsoDate;
}

/** The values of one parameter up to `date`, oldest first; of two with one validFrom, the first listed, as parameterOn. */
function historyUntil(parameters: ParameterSet, code: ParameterCode, date: IsoDate): ParameterPeriod[] {
  const byStart = new Map<IsoDate, number>();
  for (const v of parameters[code]?.values ?? [])
    if (v.validFrom <= date && !byStart.has(v.validFrom)) byStart.set(v.validFrom, v.value);
  const starts = [...byStart.keys()].sort();
  return starts.map((validFrom, i) => {
    const next = starts[i + 1];
    return {
      value: byStart.get(validFrom) as number,
      validFrom,
      lastDay: next === undefined ? date : addDays(next, -1),
    };
  });
}

export function createRuleContext(
  input: AssessmentInput,
  parameters: ParameterSet,
  counted: readonly Member[],
): RuleContext {
  const missing = new Set<ParameterCode>();
  const values = parametersInForce(parameters, input.applicationDate);
  return {
    input,
    date: input.applicationDate,
    counted,
    param(code) {
      const value = values[code];
      if (value === null) missing.add(code);
      return value;
    },
    optionalParam(code) {
      return values[code];
    },
    paramHistory(code) {
      return historyUntil(parameters, code, input.applicationDate);
    },
    missingParameters: missing,
  };
}

export function missingParameterReasons(ctx: RuleContext): ReasonDraft[] {
  return [...ctx.missingParameters]
    .sort()
    .map((parameter) => draft("PARAMETER_NOT_IN_FORCE", { parameter, date: ctx.date }));
}

/** One rule's verdict and the reasons it gives. */
export interface RuleOutput {
  check: RuleCheck;
  reasons: ReasonDraft[];
}

export function ruleOutput(
  rule: RuleCode,
  result: RuleResult,
  legalReference: string,
  reasons: ReasonDraft[] = [],
): RuleOutput {
  return { check: { rule, result, legalReference }, reasons };
}

/** FAIL when any reason refuses, REVIEW when any asks a person, otherwise PASS. */
export function resultOf(reasons: readonly ReasonDraft[], kind: "REFUSAL" | "REVIEW"): RuleResult {
  if (reasons.length === 0) return "PASS";
  return kind === "REFUSAL" ? "FAIL" : "REVIEW";
}
