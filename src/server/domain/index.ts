// The ÜDSY decision engine: pure rules, no I/O, no clock. Everything time-dependent takes the date as data.

export { assessFamily, ENGINE_VERSION, type AssessOptions } from "./assess-family";
export type { Assessment, Figures, Outcome, RuleCheck, RuleCode, RuleResult } from "./outcome";
export { OUTCOMES, RULE_CODES } from "./outcome";
export {
  ZAssessmentInput,
  parseAssessmentInput,
  InvalidInputError,
  INPUT_SCHEMA_VERSION,
  type AssessmentInput,
  type AssessmentInputDraft,
  type Member,
  type IncomeRecord,
} from "./input-schema";
export * from "@/kernel/input-enums";
export {
  parameterOn,
  parseParameterSet,
  incomeCountedCode,
  ParameterNotInForceError,
  PARAMETER_CODES,
  type ParameterSet,
  type ParameterCode,
  type ParameterDefinition,
  type ParameterValue,
  type ParameterUnit,
  type ParameterInForce,
} from "./parameters";
export {
  isWorkingDay,
  addWorkingDays,
  decisionDeadline,
  decisionDeadlineChecked,
  isPeriodConfirmed,
  isYearCovered,
  type CountedDeadline,
  ZHolidayCalendar,
  type HolidayCalendar,
  type CalendarEntry,
  type DayOffKind,
} from "./working-days";
export { assignmentPeriod } from "./rules/assignment-period";
export { incomeWindow } from "./rules/income";
export { qualifiesForRepeatWithoutInspection } from "./repeat-qualification";
export {
  REASON_CODES,
  REASON_KIND_BY_CODE,
  type Reason,
  type ReasonCode,
  type ReasonKind,
  type LocalizedText,
} from "./reasons";
export { formatAzn } from "@/kernel/money";
