import type { DeclarationField, EvidenceSource, RealEstatePurpose } from "@/kernel/input-enums";
import type { IsoDate } from "@/kernel/calendar-date";
import type { ParameterCode } from "./parameters";

// Every decision names its reasons: a stable code and the facts it rests on with their sources. The engine says no
// words: the text a citizen reads in Azerbaijani, Russian and English is written from the code and facts by
// src/server/content/reasons and stored with the decision. Codes are stored with decisions: never rename one.

export const REASON_KINDS = ["ASSIGNMENT", "REFUSAL", "REVIEW"] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export type InspectionSkipProblem =
  "NO_PREVIOUS_ASSIGNMENT" | "NOT_FOLLOWING_YEAR" | "COMPOSITION_CHANGED" | "ADDRESS_CHANGED" | "NO_QUALIFYING_MEMBER";

/** The facts each reason carries; its text is written from them and nothing else. */
export interface ReasonFactsByCode {
  LOW_INCOME_ASSIGNED: {
    memberCount: number;
    needCriterionQepik: number;
    thresholdQepik: number;
    averageIncomeQepik: number;
    amountQepik: number;
    periodFrom: IsoDate;
    periodTo: IsoDate;
    /**
     * A decision during the period (a reassessment after a reported change): the day the change was reported, as of
     * which the income was counted (the 12 months before its month), and the period is the one the new amount is in
     * force (from its effective day to the period's end). Absent on a first decision.
     */
    reassessedOn?: IsoDate;
  };
  INCOME_AT_OR_ABOVE_THRESHOLD: {
    memberCount: number;
    needCriterionQepik: number;
    thresholdQepik: number;
    averageIncomeQepik: number;
  };
  DECLARATION_MISMATCH: { field: DeclarationField; declared: number; verified: number; toleranceBasisPoints: number };
  LARGE_TRANSACTION: {
    kind: "PURCHASE" | "SALE";
    date: IsoDate;
    amountQepik: number;
    limitQepik: number;
    multiple: number;
    description: string;
    /**
     * A decision during the period (a reassessment after a reported change): the day the change was reported. The
     * engine looked for deals over the 12 whole calendar months before that day's month (its window is the income
     * window of the day it decides as of), and the text says so. Absent on a first decision.
     */
    reassessedOn?: IsoDate;
  };
  MOTOR_VEHICLE: { registration: string; relation: "OWNS" | "USES" };
  JOB_OFFERS_REFUSED: { fin: string; refusals: number; lastRefusalDate: IsoDate; reapplyFrom: IsoDate };
  HIGH_UTILITY_COSTS: { perPersonMonthlyQepik: number; limitQepik: number; shareBasisPoints: number; months: number };
  MULTIPLE_REAL_ESTATE_SAME_PURPOSE: { purpose: RealEstatePurpose; addressCount: number; objectIds: string };
  LOW_INCOME_NOT_BEYOND_CONTROL: { fin: string; ageYears: number };
  FALSE_INFORMATION_BAR: { foundOn: IsoDate; availableFrom: IsoDate; decisionRef: string };
  NO_COUNTED_MEMBERS: { listed: number };
  AGENCY_DATA_NOT_OBTAINED: { agency: string; reason: string };
  DECLARATION_DIFFERS_WITHIN_TOLERANCE: {
    field: DeclarationField;
    declared: number;
    verified: number;
    toleranceBasisPoints: number;
  };
  INSPECTOR_FLAG: { flag: string; note: string };
  INSPECTION_NOT_DONE: { reason: string };
  INSPECTION_SKIP_NOT_JUSTIFIED: { problems: string };
  INCOME_NEAR_THRESHOLD: { averageIncomeQepik: number; thresholdQepik: number; marginBasisPoints: number };
  EMPLOYMENT_STATUS_UNKNOWN: { fin: string };
  REGISTERED_RESIDENT_NOT_DECLARED: { fin: string };
  PARAMETER_NOT_IN_FORCE: { parameter: ParameterCode; date: IsoDate };
  REPRESENTATIVE_NOT_ELIGIBLE: { fin: string; problem: "UNDER_AGE" | "DISABILITY" | "NOT_COUNTED" };
}

export type ReasonCode = keyof ReasonFactsByCode;

export const REASON_KIND_BY_CODE: { readonly [C in ReasonCode]: ReasonKind } = {
  LOW_INCOME_ASSIGNED: "ASSIGNMENT",
  INCOME_AT_OR_ABOVE_THRESHOLD: "REFUSAL",
  DECLARATION_MISMATCH: "REFUSAL",
  LARGE_TRANSACTION: "REFUSAL",
  MOTOR_VEHICLE: "REFUSAL",
  JOB_OFFERS_REFUSED: "REFUSAL",
  HIGH_UTILITY_COSTS: "REFUSAL",
  MULTIPLE_REAL_ESTATE_SAME_PURPOSE: "REFUSAL",
  LOW_INCOME_NOT_BEYOND_CONTROL: "REFUSAL",
  FALSE_INFORMATION_BAR: "REFUSAL",
  NO_COUNTED_MEMBERS: "REFUSAL",
  AGENCY_DATA_NOT_OBTAINED: "REVIEW",
  DECLARATION_DIFFERS_WITHIN_TOLERANCE: "REVIEW",
  INSPECTOR_FLAG: "REVIEW",
  INSPECTION_NOT_DONE: "REVIEW",
  INSPECTION_SKIP_NOT_JUSTIFIED: "REVIEW",
  INCOME_NEAR_THRESHOLD: "REVIEW",
  EMPLOYMENT_STATUS_UNKNOWN: "REVIEW",
  REGISTERED_RESIDENT_NOT_DECLARED: "REVIEW",
  PARAMETER_NOT_IN_FORCE: "REVIEW",
  REPRESENTATIVE_NOT_ELIGIBLE: "REVIEW",
};

export const REASON_CODES = Object.keys(REASON_KIND_BY_CODE) as ReasonCode[];

/** A text in the three languages of the service, as a decision stores its reasons' texts. */
export interface LocalizedText {
  az: string;
  ru: string;
  en: string;
}

/** A reason as a rule produces it, with its facts typed by its code. */
export type ReasonDraft = {
  [C in ReasonCode]: { code: C; facts: ReasonFactsByCode[C]; sources: EvidenceSource[] };
}[ReasonCode];

export interface Reason {
  code: ReasonCode;
  kind: ReasonKind;
  evidence: { sources: EvidenceSource[]; facts: Record<string, string | number> };
}

export function draft<C extends ReasonCode>(
  code: C,
  facts: ReasonFactsByCode[C],
  sources: EvidenceSource[] = [],
): ReasonDraft {
  return { code, facts, sources: [...new Set(sources)].sort() } as ReasonDraft;
}
