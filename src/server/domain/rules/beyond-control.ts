import { ageInYearsOn } from "@/kernel/calendar-date";
import { LEGAL } from "../legal-references";
import { draft, type ReasonDraft } from "../reasons";
import { ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";
import { hasAcceptedReasonNotToWork, isWorking, workCapacity } from "./work-capacity";

/**
 * Refusal ground 8: the low income must be beyond the family's control. Every counted able-bodied member of
 * working age works or has an accepted reason (dsmf.gov.az refusal grounds; Decision No. 37). A member whose work
 * status no agency or inspection established is sent to a person (REVIEW), never presumed idle.
 */
export function lowIncomeBeyondControl(ctx: RuleContext): RuleOutput {
  const refusals: ReasonDraft[] = [];
  const reviews: ReasonDraft[] = [];
  let unknownCapacity = false;
  for (const member of ctx.counted) {
    // A member who works needs no reason, so their capacity (and the age limits it reads) is not asked.
    const working = isWorking(member);
    if (working === true) continue;
    const capacity = workCapacity(member, ctx);
    if (capacity === "UNKNOWN") unknownCapacity = true;
    if (capacity !== "ABLE_WORKING_AGE") continue;
    if (hasAcceptedReasonNotToWork(member, ctx)) continue;
    if (working === null) {
      reviews.push(draft("EMPLOYMENT_STATUS_UNKNOWN", { fin: member.fin }));
      continue;
    }
    const ageYears = ageInYearsOn(member.birthDate, ctx.date);
    refusals.push(
      draft(
        "LOW_INCOME_NOT_BEYOND_CONTROL",
        { fin: member.fin, ageYears },
        member.employment ? [member.employment.source] : [],
      ),
    );
  }
  const result = refusals.length > 0 ? "FAIL" : reviews.length > 0 || unknownCapacity ? "REVIEW" : "PASS";
  return ruleOutput("LOW_INCOME_BEYOND_CONTROL", result, LEGAL.REFUSAL_GROUNDS, [...refusals, ...reviews]);
}
