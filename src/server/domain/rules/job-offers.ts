import { addMonths, firstDayOfMonth } from "@/kernel/calendar-date";
import { LEGAL } from "../legal-references";
import { draft, type ReasonDraft } from "../reasons";
import { resultOf, ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";
import type { MonthWindow } from "./income";
import { isWorking, workCapacity } from "./work-capacity";

/**
 * Refusal ground 5: an able-bodied, non-working member refused two suitable jobs offered by the State Employment
 * Agency; a new application may be reviewed after 1 month (dsmf.gov.az refusal grounds). *(design)* Refusals
 * count from the start of the income window to the application date; the month runs from the latest refusal, so
 * an application made a month or more after it is not refused on this ground (ground 8 still asks why the member
 * does not work).
 */
export function jobOfferRefusals(ctx: RuleContext, window: MonthWindow): RuleOutput {
  const from = firstDayOfMonth(window.from);
  const relevant = ctx.input.jobOfferRefusals.filter((r) => r.date >= from && r.date <= ctx.date);
  if (relevant.length === 0) return ruleOutput("JOB_OFFER_REFUSALS", "PASS", LEGAL.REFUSAL_GROUNDS);
  const limit = ctx.param("JOB_OFFER_REFUSAL_LIMIT");
  const waitMonths = ctx.param("JOB_OFFER_REFUSAL_WAIT_MONTHS");
  if (limit === null || waitMonths === null)
    return ruleOutput("JOB_OFFER_REFUSALS", "NOT_EVALUATED", LEGAL.REFUSAL_GROUNDS);
  const reasons: ReasonDraft[] = [];
  for (const member of ctx.counted) {
    if (isWorking(member) === true || workCapacity(member, ctx) !== "ABLE_WORKING_AGE") continue;
    const own = relevant.filter((r) => r.memberFin === member.fin);
    const offers = new Set(own.map((r) => r.offerRef));
    if (offers.size < limit) continue;
    const lastRefusalDate = own.reduce((latest, r) => (r.date > latest ? r.date : latest), own[0]?.date ?? ctx.date);
    const reapplyFrom = addMonths(lastRefusalDate, waitMonths);
    if (ctx.date >= reapplyFrom) continue;
    reasons.push(
      draft(
        "JOB_OFFERS_REFUSED",
        { fin: member.fin, refusals: offers.size, lastRefusalDate, reapplyFrom },
        own.map((r) => r.source),
      ),
    );
  }
  return ruleOutput("JOB_OFFER_REFUSALS", resultOf(reasons, "REFUSAL"), LEGAL.REFUSAL_GROUNDS, reasons);
}
