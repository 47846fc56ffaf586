import { addMonths } from "@/kernel/calendar-date";
import { LEGAL } from "../legal-references";
import { draft, type ReasonDraft } from "../reasons";
import { resultOf, ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";

/**
 * Refusal ground 9: false or incomplete information loses the right to ÜDSY for 1 year from the finding
 * (dsmf.gov.az refusal grounds). The bar ends on the same calendar day a year later, when a new application may be
 * considered. The finding itself is a person's decision recorded earlier; the engine only applies its bar.
 */
export function falseInformationBar(ctx: RuleContext): RuleOutput {
  const findings = ctx.input.previous.falseInformationFindings;
  if (findings.length === 0) return ruleOutput("FALSE_INFORMATION_BAR", "PASS", LEGAL.REFUSAL_GROUNDS);
  const months = ctx.param("FALSE_INFORMATION_BAR_MONTHS");
  if (months === null) return ruleOutput("FALSE_INFORMATION_BAR", "NOT_EVALUATED", LEGAL.REFUSAL_GROUNDS);
  const reasons: ReasonDraft[] = findings
    .map((f) => ({ ...f, availableFrom: addMonths(f.foundOn, months) }))
    .filter((f) => ctx.date < f.availableFrom)
    .map((f) =>
      draft("FALSE_INFORMATION_BAR", {
        foundOn: f.foundOn,
        availableFrom: f.availableFrom,
        decisionRef: f.decisionRef,
      }),
    );
  return ruleOutput("FALSE_INFORMATION_BAR", resultOf(reasons, "REFUSAL"), LEGAL.REFUSAL_GROUNDS, reasons);
}
