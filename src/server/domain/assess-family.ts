import type { IsoDate } from "@/kernel/calendar-date";
import type { AssessmentInput } from "./input-schema";
import { LEGAL } from "./legal-references";
import { RULE_CODES, type Assessment, type Figures, type Outcome, type RuleCheck, type RuleCode } from "./outcome";
import type { ParameterSet } from "./parameters";
import { REASON_KIND_BY_CODE, REASON_KINDS, draft, type Reason, type ReasonDraft } from "./reasons";
import {
  createRuleContext,
  missingParameterReasons,
  ruleOutput,
  type RuleContext,
  type RuleOutput,
} from "./rule-context";
import {
  averageMonthlyIncome,
  familyThreshold,
  isLowIncome,
  isNearThreshold,
  monthlyAmount,
} from "@/kernel/amount-formula";
import { assignmentPeriod } from "./rules/assignment-period";
import { motorVehicle, realEstateSamePurpose } from "./rules/assets";
import { lowIncomeBeyondControl } from "./rules/beyond-control";
import { declarationMatches } from "./rules/declaration";
import { familyComposition } from "./rules/family-composition";
import { countedIncome, incomeWindow, type CountedIncome } from "./rules/income";
import { jobOfferRefusals } from "./rules/job-offers";
import { falseInformationBar } from "./rules/previous-findings";
import { agencyDataComplete, homeInspection, representative } from "./rules/process";
import { largeTransactions, utilityCosts } from "./rules/transactions-and-costs";
import { decisionDeadlineChecked, type HolidayCalendar } from "./working-days";

export const ENGINE_VERSION = "udsy-engine/1";

export interface AssessOptions {
  parameters: ParameterSet;
  holidays: HolidayCalendar;
}

/** Refusal ground 2: the family is low-income when I < N × C (Law 1039; sosial.gov.az). */
function lowIncomeRule(ctx: RuleContext, income: CountedIncome, threshold: number | null): RuleOutput {
  const n = ctx.counted.length;
  if (n === 0) return ruleOutput("INCOME_BELOW_NEED_CRITERION", "NOT_APPLICABLE", LEGAL.FORMULA);
  if (threshold === null) return ruleOutput("INCOME_BELOW_NEED_CRITERION", "NOT_EVALUATED", LEGAL.FORMULA);
  if (isLowIncome(income.totalQepik, threshold))
    return ruleOutput("INCOME_BELOW_NEED_CRITERION", "PASS", LEGAL.FORMULA);
  const facts = {
    memberCount: n,
    needCriterionQepik: threshold / n,
    thresholdQepik: threshold,
    averageIncomeQepik: averageMonthlyIncome(income.totalQepik),
  };
  const sources = income.sources;
  return ruleOutput("INCOME_BELOW_NEED_CRITERION", "FAIL", LEGAL.FORMULA, [
    draft("INCOME_AT_OR_ABOVE_THRESHOLD", facts, sources),
  ]);
}

/** Review margin (design): income within THRESHOLD_REVIEW_MARGIN of N × C on either side is judged by a person. */
function nearThresholdRule(ctx: RuleContext, income: CountedIncome, threshold: number | null): RuleOutput {
  if (threshold === null || ctx.counted.length === 0)
    return ruleOutput("INCOME_NOT_NEAR_THRESHOLD", "NOT_APPLICABLE", LEGAL.DESIGN);
  const margin = ctx.param("THRESHOLD_REVIEW_MARGIN");
  if (margin === null) return ruleOutput("INCOME_NOT_NEAR_THRESHOLD", "NOT_EVALUATED", LEGAL.DESIGN);
  if (!isNearThreshold(income.totalQepik, threshold, margin))
    return ruleOutput("INCOME_NOT_NEAR_THRESHOLD", "PASS", LEGAL.DESIGN);
  const facts = {
    averageIncomeQepik: averageMonthlyIncome(income.totalQepik),
    thresholdQepik: threshold,
    marginBasisPoints: margin,
  };
  return ruleOutput("INCOME_NOT_NEAR_THRESHOLD", "REVIEW", LEGAL.DESIGN, [
    draft("INCOME_NEAR_THRESHOLD", facts, income.sources),
  ]);
}

function compositionRule(ctx: RuleContext): RuleOutput {
  if (ctx.counted.length > 0) return ruleOutput("FAMILY_COMPOSITION", "PASS", LEGAL.FAMILY_EXCLUSIONS);
  const reason = draft("NO_COUNTED_MEMBERS", { listed: ctx.input.members.length });
  return ruleOutput("FAMILY_COMPOSITION", "FAIL", LEGAL.FAMILY_EXCLUSIONS, [reason]);
}

function toReason(d: ReasonDraft): Reason {
  return { code: d.code, kind: REASON_KIND_BY_CODE[d.code], evidence: { sources: d.sources, facts: { ...d.facts } } };
}

const KIND_RANK = new Map(REASON_KINDS.map((kind, i) => [kind, i]));

/**
 * Reasons by kind, then code, then their evidence as JSON text. The JSON of a reason is written at most once and
 * only when two reasons share kind and code (several members' reasons): written inside the comparison it was
 * serialised again on every comparison.
 */
function canonicalOrder(reasons: Reason[]): Reason[] {
  const evidenceText = new Map<Reason, string>();
  const textOf = (r: Reason): string => {
    let text = evidenceText.get(r);
    if (text === undefined) {
      text = JSON.stringify(r.evidence);
      evidenceText.set(r, text);
    }
    return text;
  };
  return reasons.sort((a, b) => {
    const kind = (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0);
    if (kind !== 0) return kind;
    if (a.code !== b.code) return a.code < b.code ? -1 : 1;
    const fa = textOf(a);
    const fb = textOf(b);
    return fa < fb ? -1 : fa > fb ? 1 : 0;
  });
}

const RULE_RANK = new Map<RuleCode, number>(RULE_CODES.map((code, i) => [code, i]));

/** The checks in RULE_CODES order, one per rule (the last given wins, as it did through a map by rule). */
function inRuleOrder(outputs: readonly RuleOutput[]): RuleCheck[] {
  const slots: (RuleCheck | undefined)[] = new Array<RuleCheck | undefined>(RULE_CODES.length).fill(undefined);
  for (const o of outputs) slots[RULE_RANK.get(o.check.rule) ?? 0] = o.check;
  const checks: RuleCheck[] = [];
  for (const check of slots) if (check !== undefined) checks.push(check);
  return checks;
}

/** A decision records its deadline only when counted on a confirmed calendar; otherwise the check is not evaluated. */
function deadlineOrNull(date: IsoDate, holidays: HolidayCalendar, workingDays: number | null): IsoDate | null {
  if (workingDays === null) return null;
  const counted = decisionDeadlineChecked(date, holidays, workingDays);
  return counted.calendarConfirmed ? counted.dueOn : null;
}

/**
 * Decides one family: every rule is checked and reported; any REVIEW reason sends the case to a person
 * (a refusal is automatic only on a complete, unquestioned file — design); otherwise any refusal ground refuses;
 * otherwise the family is assigned N × C − I for 12 months. Pure: same input, same result.
 */
export function assessFamily(input: AssessmentInput, options: AssessOptions): Assessment {
  const composition = familyComposition(input.members);
  const ctx = createRuleContext(input, options.parameters, composition.counted);
  const window = incomeWindow(input.applicationDate);
  const income = countedIncome(input.incomes, composition.counted, ctx, window);
  const n = composition.counted.length;
  const c = ctx.param("NEED_CRITERION");
  const threshold = c === null ? null : familyThreshold(n, c);

  const outputs: RuleOutput[] = [
    compositionRule(ctx),
    ruleOutput("INCOME_WINDOW", "PASS", LEGAL.DECISION_37),
    falseInformationBar(ctx),
    declarationMatches(ctx, income),
    lowIncomeRule(ctx, income, threshold),
    nearThresholdRule(ctx, income, threshold),
    largeTransactions(ctx, window),
    motorVehicle(ctx),
    jobOfferRefusals(ctx, window),
    utilityCosts(ctx, window),
    realEstateSamePurpose(ctx),
    lowIncomeBeyondControl(ctx),
    agencyDataComplete(ctx),
    homeInspection(ctx),
    representative(ctx),
  ];
  const drafts: ReasonDraft[] = [];
  let reviews = false;
  let refusals = false;
  for (const o of outputs) for (const d of o.reasons) drafts.push(d);
  for (const d of missingParameterReasons(ctx)) drafts.push(d);
  for (const d of drafts) {
    const kind = REASON_KIND_BY_CODE[d.code];
    if (kind === "REVIEW") reviews = true;
    else if (kind === "REFUSAL") refusals = true;
  }
  const outcome: Outcome = reviews ? "REVIEW" : refusals ? "REFUSE" : "ASSIGN";

  const computedAmountQepik = threshold === null ? null : monthlyAmount(income.totalQepik, threshold);
  const proposed = computedAmountQepik !== null && computedAmountQepik > 0;
  const period = outcome !== "REFUSE" && proposed ? assignmentPeriod(input.applicationDate) : null;
  if (outcome === "ASSIGN" && period !== null && c !== null && threshold !== null) {
    drafts.push(
      draft(
        "LOW_INCOME_ASSIGNED",
        {
          memberCount: n,
          needCriterionQepik: c,
          thresholdQepik: threshold,
          averageIncomeQepik: averageMonthlyIncome(income.totalQepik),
          amountQepik: computedAmountQepik ?? 0,
          periodFrom: period.from,
          periodTo: period.to,
        },
        income.sources,
      ),
    );
  }
  const deadline = deadlineOrNull(
    input.applicationDate,
    options.holidays,
    ctx.optionalParam("DECISION_DEADLINE_WORKING_DAYS"),
  );
  outputs.push(
    ruleOutput("ASSIGNMENT_PERIOD", outcome === "ASSIGN" ? "PASS" : "NOT_APPLICABLE", LEGAL.PERIOD_AND_REPEAT),
  );
  outputs.push(ruleOutput("DECISION_DEADLINE", deadline === null ? "NOT_EVALUATED" : "PASS", LEGAL.DECISION_37));

  const figures: Figures = {
    applicationDate: input.applicationDate,
    memberCount: n,
    countedMemberFins: composition.counted.map((m) => m.fin),
    excludedMembers: composition.excluded,
    needCriterionQepik: c,
    thresholdQepik: threshold,
    incomeWindow: window,
    totalIncomeQepik: income.totalQepik,
    averageMonthlyIncomeQepik: averageMonthlyIncome(income.totalQepik),
    computedAmountQepik,
    amountQepik: outcome === "REFUSE" ? 0 : (computedAmountQepik ?? 0),
    period,
    decisionDeadline: deadline,
  };
  return {
    outcome,
    figures,
    reasons: canonicalOrder(drafts.map(toReason)),
    rulesChecked: inRuleOrder(outputs),
    engineVersion: ENGINE_VERSION,
  };
}
