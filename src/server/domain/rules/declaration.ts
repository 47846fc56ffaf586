import { LEGAL } from "../legal-references";
import type { DeclarationField, EvidenceSource } from "@/kernel/input-enums";
import { compareProducts } from "@/kernel/money";
import { draft, type ReasonDraft } from "../reasons";
import { ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";
import type { CountedIncome } from "./income";

export type Agreement = "MATCH" | "WITHIN_TOLERANCE" | "MISMATCH";

/**
 * How far a declared figure is from the verified one *(design)*: a difference of at most
 * DECLARATION_MATCH_TOLERANCE (1 %) of the verified figure is a match (rounding by the family); up to
 * DECLARATION_REVIEW_TOLERANCE (10 %) a person looks at it (REVIEW); beyond that the declaration does not match
 * (refusal ground 1). When the verified figure is 0, any declared amount is beyond tolerance.
 */
export function agreement(declared: number, verified: number, matchBp: number, reviewBp: number): Agreement {
  const difference = Math.abs(declared - verified);
  if (difference === 0) return "MATCH";
  if (compareProducts(difference, 10_000, verified, matchBp) <= 0) return "MATCH";
  if (compareProducts(difference, 10_000, verified, reviewBp) <= 0) return "WITHIN_TOLERANCE";
  return "MISMATCH";
}

/**
 * Refusal ground 1: the declaration does not match the verified data (agencies, inspection) (dsmf.gov.az refusal
 * grounds). Income is compared as 12-month totals over the members and income types the family declared (the
 * application asks only for income no register holds, so a pension it was never asked about is no false
 * declaration: the agencies' figure simply counts); each other declared figure is compared with its check, and
 * only a declaration below the check's figure is compared *(design)*: a register lists only what is registered, an
 * inspector only what is at the home, and the application asks the family for everything it owns or uses, so two
 * cows no register shows, declared, are the family's honesty, not a false declaration.
 */
export function declarationMatches(ctx: RuleContext, income: CountedIncome): RuleOutput {
  const matchBp = ctx.param("DECLARATION_MATCH_TOLERANCE");
  const reviewBp = ctx.param("DECLARATION_REVIEW_TOLERANCE");
  if (matchBp === null || reviewBp === null)
    return ruleOutput("DECLARATION_MATCHES_VERIFIED_DATA", "NOT_EVALUATED", LEGAL.REFUSAL_GROUNDS);
  const comparisons: { field: DeclarationField; declared: number; verified: number; sources: EvidenceSource[] }[] = [];
  const { agencyQepik, declaredQepik } = income.comparable;
  if (agencyQepik > 0 || declaredQepik > 0) {
    const agencySources = income.sources.filter((s) => s !== "DECLARED");
    comparisons.push({
      field: "INCOME_12_MONTHS",
      declared: declaredQepik,
      verified: agencyQepik,
      sources: ["DECLARED", ...agencySources],
    });
  }
  for (const check of ctx.input.declarationChecks) {
    if (check.declared >= check.verified) continue;
    comparisons.push({
      field: check.field,
      declared: check.declared,
      verified: check.verified,
      sources: ["DECLARED", check.verifiedBy],
    });
  }
  const reasons: ReasonDraft[] = [];
  for (const c of comparisons) {
    const verdict = agreement(c.declared, c.verified, matchBp, reviewBp);
    if (verdict === "MATCH") continue;
    const code = verdict === "MISMATCH" ? "DECLARATION_MISMATCH" : "DECLARATION_DIFFERS_WITHIN_TOLERANCE";
    const toleranceBasisPoints = verdict === "MISMATCH" ? reviewBp : matchBp;
    reasons.push(
      draft(code, { field: c.field, declared: c.declared, verified: c.verified, toleranceBasisPoints }, c.sources),
    );
  }
  // A person the registry lists in the household whom the family did not: registration is not residence (a son
  // working in Russia stays registered at home), so a person looks, rather than the engine refusing on ground 1.
  for (const fin of ctx.input.undeclaredResidents)
    reasons.push(draft("REGISTERED_RESIDENT_NOT_DECLARED", { fin }, ["DECLARED", "AGENCY:POPULATION_REGISTRY"]));
  const refuses = reasons.some((r) => r.code === "DECLARATION_MISMATCH");
  const result = refuses ? "FAIL" : reasons.length > 0 ? "REVIEW" : "PASS";
  return ruleOutput("DECLARATION_MATCHES_VERIFIED_DATA", result, LEGAL.REFUSAL_GROUNDS, reasons);
}
