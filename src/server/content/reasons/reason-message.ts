import type { Locale } from "@/generated/prisma/client";
import { formatAzn, formatPercent } from "@/kernel/money";
import type { DeclarationField } from "@/kernel/input-enums";
import type { LocalizedText, Reason, ReasonCode, ReasonFactsByCode } from "@/server/domain/reasons";
import type en from "@/messages/reasons/en.json";
import { formatDate } from "../notices/format";
import { reasonText, type ReasonTranslator } from "./reason-text";

// The citizen-facing text of every reason, written from the code and facts the engine returns: plain words, the
// figures that decided it, and what happens next. The words are the `reasons` catalog's; here the facts become the
// catalog's arguments, each already formatted for the language (numbers as written, money in manat, dates as read).

const LOCALES: readonly Locale[] = ["az", "ru", "en"];

/** The kinds of coded things a reason names (agencies, declaration fields, purposes…): the catalog's label groups. */
type LabelGroup = keyof (typeof en)["reasons"]["label"];

type LabelKey = Parameters<ReasonTranslator["has"]>[0];

/** The name of a coded thing, or the code itself when none is written (it stays understandable to staff). */
function label(t: ReasonTranslator, group: LabelGroup, code: string): string {
  const key = `label.${group}.${code}` as LabelKey;
  return t.has(key) ? t(key) : code;
}

function fieldValue(field: DeclarationField, value: number, locale: Locale): string {
  return field === "INCOME_12_MONTHS" ? formatAzn(value, locale) : String(value);
}

type Args = Record<string, string>;
/** A family member as a reason names them: "Aynur Məmmədova (FİN 7XYZ89K)", or the FIN alone when no name is given. */
type MemberText = (fin: string) => string;
type ArgsOf = {
  readonly [C in ReasonCode]: (
    f: ReasonFactsByCode[C],
    locale: Locale,
    t: ReasonTranslator,
    member: MemberText,
    sources: readonly string[],
  ) => Args;
};

/**
 * Who verified a declared figure, from the reason's sources (the declaration itself left out): a register by its
 * name, the home visit as the inspector's count. A reason rendered from its facts alone carries none, and the message
 * then says "the verified data" without naming it.
 */
function verifiedBy(t: ReasonTranslator, sources: readonly string[]): { named: "yes" | "no"; source: string } {
  const source = sources
    .filter((s) => s !== "DECLARED")
    .map((s) => (s === "INSPECTION" ? t("label.verifiedByInspection") : label(t, "agency", s.replace(/^AGENCY:/, ""))))
    .join("; ");
  return { named: source === "" ? "no" : "yes", source };
}

/** The members' names by FIN ("First Last"), for the reasons that name a member. */
export type MemberNames = ReadonlyMap<string, string>;
/** For texts written without the members' names (an engine case file holds FINs only): members are named by FIN. */
export const NO_MEMBER_NAMES: MemberNames = new Map();

const ARGS: ArgsOf = {
  LOW_INCOME_ASSIGNED: (f, l) => ({
    memberCount: String(f.memberCount),
    needCriterion: formatAzn(f.needCriterionQepik, l),
    threshold: formatAzn(f.thresholdQepik, l),
    averageIncome: formatAzn(f.averageIncomeQepik, l),
    amount: formatAzn(f.amountQepik, l),
    periodFrom: formatDate(f.periodFrom, l),
    periodTo: formatDate(f.periodTo, l),
    // The income window's month: the application's on a first decision, the report's on a reassessment.
    basis: f.reassessedOn ? "CHANGE" : "APPLICATION",
  }),
  INCOME_AT_OR_ABOVE_THRESHOLD: (f, l) => ({
    memberCount: String(f.memberCount),
    needCriterion: formatAzn(f.needCriterionQepik, l),
    threshold: formatAzn(f.thresholdQepik, l),
    averageIncome: formatAzn(f.averageIncomeQepik, l),
  }),
  DECLARATION_MISMATCH: (f, l, t, _m, sources) => ({
    field: label(t, "declarationField", f.field),
    declared: fieldValue(f.field, f.declared, l),
    verified: fieldValue(f.field, f.verified, l),
    ...verifiedBy(t, sources),
  }),
  LARGE_TRANSACTION: (f, l) => ({
    kind: f.kind,
    date: formatDate(f.date, l),
    amount: formatAzn(f.amountQepik, l),
    limit: formatAzn(f.limitQepik, l),
    multiple: String(f.multiple),
    description: f.description,
    // The window's month, as for LOW_INCOME_ASSIGNED: the application's, or the report's on a reassessment.
    basis: f.reassessedOn ? "CHANGE" : "APPLICATION",
  }),
  MOTOR_VEHICLE: (f) => ({ relation: f.relation, registration: f.registration }),
  JOB_OFFERS_REFUSED: (f, l, _t, member) => ({
    fin: member(f.fin),
    refusals: String(f.refusals),
    lastRefusalDate: formatDate(f.lastRefusalDate, l),
    reapplyFrom: formatDate(f.reapplyFrom, l),
  }),
  HIGH_UTILITY_COSTS: (f, l) => ({
    perPersonMonthly: formatAzn(f.perPersonMonthlyQepik, l),
    limit: formatAzn(f.limitQepik, l),
    share: formatPercent(f.shareBasisPoints, l),
  }),
  MULTIPLE_REAL_ESTATE_SAME_PURPOSE: (f, _l, t) => ({
    purpose: label(t, "purpose", f.purpose),
    addressCount: String(f.addressCount),
  }),
  LOW_INCOME_NOT_BEYOND_CONTROL: (f, _l, _t, member) => ({ fin: member(f.fin), ageYears: String(f.ageYears) }),
  FALSE_INFORMATION_BAR: (f, l) => ({
    foundOn: formatDate(f.foundOn, l),
    availableFrom: formatDate(f.availableFrom, l),
    decisionRef: f.decisionRef,
  }),
  NO_COUNTED_MEMBERS: (f) => ({ listed: String(f.listed) }),
  AGENCY_DATA_NOT_OBTAINED: (f, _l, t) => ({
    agency: label(t, "agency", f.agency),
    reason: label(t, "unobtained", f.reason),
  }),
  DECLARATION_DIFFERS_WITHIN_TOLERANCE: (f, l, t, _m, sources) => ({
    field: label(t, "declarationField", f.field),
    declared: fieldValue(f.field, f.declared, l),
    verified: fieldValue(f.field, f.verified, l),
    ...verifiedBy(t, sources),
  }),
  INSPECTOR_FLAG: (f, _l, t) => ({ flag: label(t, "inspectorFlag", f.flag), note: f.note }),
  INSPECTION_NOT_DONE: (f, _l, t) => ({ reason: label(t, "inspectionNotDone", f.reason) }),
  INSPECTION_SKIP_NOT_JUSTIFIED: (f, _l, t) => ({
    problems: f.problems
      .split(",")
      .map((p) => label(t, "skipProblem", p))
      .join("; "),
  }),
  INCOME_NEAR_THRESHOLD: (f, l) => ({
    averageIncome: formatAzn(f.averageIncomeQepik, l),
    threshold: formatAzn(f.thresholdQepik, l),
    margin: formatPercent(f.marginBasisPoints, l),
  }),
  EMPLOYMENT_STATUS_UNKNOWN: (f, _l, _t, member) => ({ fin: member(f.fin) }),
  REGISTERED_RESIDENT_NOT_DECLARED: (f) => ({ fin: f.fin }),
  PARAMETER_NOT_IN_FORCE: (f, l, t) => ({
    // INCOME_COUNTED:<type> is one parameter per kind of income: named by the kind.
    parameter: f.parameter.startsWith("INCOME_COUNTED:")
      ? t("parameterIncomeCounted", { kind: label(t, "incomeType", f.parameter.slice("INCOME_COUNTED:".length)) })
      : label(t, "parameter", f.parameter),
    date: formatDate(f.date, l),
  }),
  REPRESENTATIVE_NOT_ELIGIBLE: (f, _l, t, member) => ({
    fin: member(f.fin),
    problem: label(t, "representativeProblem", f.problem),
  }),
};

/**
 * The text of one reason in the three languages of the service. A member it concerns is named with their FIN: the
 * family may not know its members' FINs by heart, and two members may share a name.
 */
export function reasonMessage<C extends ReasonCode>(
  code: C,
  facts: ReasonFactsByCode[C],
  names: MemberNames = NO_MEMBER_NAMES,
  sources: readonly string[] = [],
): LocalizedText {
  const args = ARGS[code] as (
    f: ReasonFactsByCode[C],
    locale: Locale,
    t: ReasonTranslator,
    m: MemberText,
    sources: readonly string[],
  ) => Args;
  const key: `message.${ReasonCode}` = `message.${code}`;
  const [az, ru, en] = LOCALES.map((locale) => {
    const t = reasonText(locale);
    const member: MemberText = (fin) => {
      const name = names.get(fin);
      return name ? t("member.named", { name, fin }) : t("member.unnamed", { fin });
    };
    return t(key, args(facts, locale, t, member, sources));
  }) as [string, string, string];
  return { az, ru, en };
}

/** A reason as a decision stores it: the engine's code, kind and evidence, and the text a family reads. */
export type ExplainedReason = Reason & { message: LocalizedText };

/** The engine's reasons with their texts; the evidence's facts are the ones the engine built for each code. */
export function explainReasons(reasons: readonly Reason[], names: MemberNames): ExplainedReason[] {
  return reasons.map((r) => ({
    ...r,
    message: reasonMessage(
      r.code,
      r.evidence.facts as unknown as ReasonFactsByCode[ReasonCode],
      names,
      r.evidence.sources,
    ),
  }));
}
