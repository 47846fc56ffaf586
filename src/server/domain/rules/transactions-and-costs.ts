import { firstDayOfMonth, lastDayOfMonth } from "@/kernel/calendar-date";
import { LEGAL } from "../legal-references";
import { compareProducts, divideRoundingUp, shareOf } from "@/kernel/money";
import { draft, type ReasonDraft } from "../reasons";
import { resultOf, ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";
import { inWindow, monthNumber, type MonthWindow } from "./income";

/**
 * Refusal ground 3: a purchase or sale in the 12 months worth more than 12 × the subsistence minimum (dsmf.gov.az
 * refusal grounds). *(design)* Each transaction is compared on its own (the ground speaks of a deal, not a yearly
 * turnover); "the 12 months" are the income window's, the 12 whole calendar months before the month of
 * application, which is also the period the property and vehicle registries are asked about. A deal in the
 * application month is outside it, whoever reports it: counting those days as well made the look-back almost 13
 * months, and only for the deals the inspector reports.
 */
export function largeTransactions(ctx: RuleContext, window: MonthWindow): RuleOutput {
  const from = firstDayOfMonth(window.from);
  const to = lastDayOfMonth(window.to);
  const relevant = ctx.input.transactions.filter((t) => t.date >= from && t.date <= to);
  if (relevant.length === 0) return ruleOutput("LARGE_TRANSACTIONS", "PASS", LEGAL.REFUSAL_GROUNDS);
  const minimum = ctx.param("SUBSISTENCE_MINIMUM");
  const multiple = ctx.param("LARGE_TRANSACTION_MULTIPLE");
  if (minimum === null || multiple === null)
    return ruleOutput("LARGE_TRANSACTIONS", "NOT_EVALUATED", LEGAL.REFUSAL_GROUNDS);
  const limitQepik = minimum * multiple;
  const reasons: ReasonDraft[] = relevant
    .filter((t) => t.amountQepik > limitQepik)
    .map((t) =>
      draft(
        "LARGE_TRANSACTION",
        { kind: t.kind, date: t.date, amountQepik: t.amountQepik, limitQepik, multiple, description: t.description },
        [t.source],
      ),
    );
  return ruleOutput("LARGE_TRANSACTIONS", resultOf(reasons, "REFUSAL"), LEGAL.REFUSAL_GROUNDS, reasons);
}

/**
 * Refusal ground 6: per-person average monthly utility and communication costs ≥ 15 % of the subsistence minimum
 * (dsmf.gov.az refusal grounds). *(design)* Costs are those of the income window; the monthly average divides by
 * the months from the first one with any cost record to the window's end, and per person by N. So a family whose
 * bills at this address begin 6 months ago is not averaged over 12, while a month inside that span with no bill
 * (gas only in winter, a month away) counts as a month of no cost rather than dropping out: dividing by the months
 * that have a record made a bill of one qəpik in an empty month lower the average. Compared exactly:
 * total × 10000 ≥ share × minimum × months × N.
 */
export function utilityCosts(ctx: RuleContext, window: MonthWindow): RuleOutput {
  const relevant = ctx.input.utilityCosts.filter((c) => inWindow(c.month, window));
  const total = relevant.reduce((sum, c) => sum + c.amountQepik, 0);
  const memberCount = ctx.counted.length;
  if (total === 0 || memberCount === 0)
    return ruleOutput("UTILITY_AND_COMMUNICATION_COSTS", "PASS", LEGAL.REFUSAL_GROUNDS);
  const minimum = ctx.param("SUBSISTENCE_MINIMUM");
  const share = ctx.param("UTILITY_COST_SHARE_LIMIT");
  if (minimum === null || share === null)
    return ruleOutput("UTILITY_AND_COMMUNICATION_COSTS", "NOT_EVALUATED", LEGAL.REFUSAL_GROUNDS);
  const firstMonth = relevant.reduce((first, c) => (c.month < first ? c.month : first), window.to);
  const months = monthNumber(window.to) - monthNumber(firstMonth) + 1;
  const atOrAbove = compareProducts(total, 10_000, share * months * memberCount, minimum) >= 0;
  if (!atOrAbove) return ruleOutput("UTILITY_AND_COMMUNICATION_COSTS", "PASS", LEGAL.REFUSAL_GROUNDS);
  const reason = draft(
    "HIGH_UTILITY_COSTS",
    {
      perPersonMonthlyQepik: divideRoundingUp(total, months * memberCount),
      limitQepik: shareOf(minimum, share),
      shareBasisPoints: share,
      months,
    },
    relevant.map((c) => c.source),
  );
  return ruleOutput("UTILITY_AND_COMMUNICATION_COSTS", "FAIL", LEGAL.REFUSAL_GROUNDS, [reason]);
}
