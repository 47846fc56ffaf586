import { ageInYearsOn } from "@/kernel/calendar-date";
import { LEGAL } from "../legal-references";
import { draft, type ReasonDraft } from "../reasons";
import { resultOf, ruleOutput, type RuleContext, type RuleOutput } from "../rule-context";
import { repeatWithoutInspection } from "./repeat-application";
import { isCountedMember } from "./family-composition";

/**
 * Data the decision rests on must be there: an agency whose data could not be obtained is a question for a person
 * (REVIEW), never read as "nothing to report" (issue 4; RULES.md: data comes from 20 agency services).
 */
export function agencyDataComplete(ctx: RuleContext): RuleOutput {
  const reasons: ReasonDraft[] = ctx.input.unobtainedData.map((u) =>
    draft("AGENCY_DATA_NOT_OBTAINED", { agency: u.agency, reason: u.reason }, [`AGENCY:${u.agency}`]),
  );
  return ruleOutput("AGENCY_DATA_COMPLETE", resultOf(reasons, "REVIEW"), LEGAL.DESIGN, reasons);
}

/**
 * The home inspection of material and living conditions is part of every decision (Decision No. 37), except for a
 * repeat application that qualifies to skip it. An inspector's flag, an inspection not done, or a skip that does
 * not qualify goes to a person (REVIEW).
 */
export function homeInspection(ctx: RuleContext): RuleOutput {
  const inspection = ctx.input.inspection;
  if (inspection.status === "COMPLETED") {
    const reasons = inspection.inspectorFlags.map((f) =>
      draft("INSPECTOR_FLAG", { flag: f.code, note: f.note }, ["INSPECTION"]),
    );
    return ruleOutput("HOME_INSPECTION", resultOf(reasons, "REVIEW"), LEGAL.DECISION_37, reasons);
  }
  if (inspection.status === "NOT_DONE") {
    return ruleOutput("HOME_INSPECTION", "REVIEW", LEGAL.DECISION_37, [
      draft("INSPECTION_NOT_DONE", { reason: inspection.reason }),
    ]);
  }
  const repeat = repeatWithoutInspection(ctx);
  if (repeat.qualifies) return ruleOutput("HOME_INSPECTION", "PASS", LEGAL.PERIOD_AND_REPEAT);
  return ruleOutput("HOME_INSPECTION", "REVIEW", LEGAL.PERIOD_AND_REPEAT, [
    draft("INSPECTION_SKIP_NOT_JUSTIFIED", { problems: repeat.problems.join(",") }),
  ]);
}

/**
 * The applicant is an adult, able-bodied representative of the family, otherwise a guardian or attorney
 * (Decision No. 37). *(design)* A family member under 18 or with a certified disability (not able-bodied, as in the
 * work-capacity rule) applying for the family goes to a person (REVIEW): the family may have no other adult, or a
 * guardian the file does not show. So does a person the family does not count (a conscript, someone living abroad):
 * they are not its member, so they may act for it only as a guardian or attorney.
 */
export function representative(ctx: RuleContext): RuleOutput {
  const rep = ctx.input.representative;
  if (rep.role !== "FAMILY_MEMBER") return ruleOutput("REPRESENTATIVE", "PASS", LEGAL.DECISION_37);
  const member = ctx.input.members.find((m) => m.fin === rep.fin);
  const adultAge = ctx.param("ADULT_AGE");
  if (member === undefined || adultAge === null)
    return ruleOutput("REPRESENTATIVE", "NOT_EVALUATED", LEGAL.DECISION_37);
  const reasons: ReasonDraft[] = [];
  if (!isCountedMember(member)) {
    reasons.push(
      draft("REPRESENTATIVE_NOT_ELIGIBLE", { fin: rep.fin, problem: "NOT_COUNTED" }, [
        ...new Set(member.exclusions.map((e) => e.source)),
      ]),
    );
  } else if (ageInYearsOn(member.birthDate, ctx.date) < adultAge) {
    reasons.push(
      draft("REPRESENTATIVE_NOT_ELIGIBLE", { fin: rep.fin, problem: "UNDER_AGE" }, ["AGENCY:POPULATION_REGISTRY"]),
    );
  } else if (member.disability !== undefined) {
    reasons.push(
      draft("REPRESENTATIVE_NOT_ELIGIBLE", { fin: rep.fin, problem: "DISABILITY" }, [member.disability.source]),
    );
  }
  return ruleOutput("REPRESENTATIVE", resultOf(reasons, "REVIEW"), LEGAL.DECISION_37, reasons);
}
