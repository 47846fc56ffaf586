import { ageInMonthsOn, ageInYearsOn } from "@/kernel/calendar-date";
import type { Member } from "../input-schema";
import type { RuleContext } from "../rule-context";

export type WorkCapacity = "ABLE_WORKING_AGE" | "NOT_EXPECTED_TO_WORK" | "UNKNOWN";

/**
 * Members unable to work need no reason for not working: children, people of pension age and people with a
 * disability (RULES.md, "beyond the family's control"). Read as *(design)*: under ADULT_AGE (18); at or above the
 * pension age for their sex (Law on labour pensions, art. 7); any disability certified by the medical-social
 * expert commission; or receiving an age or disability pension (an early age pension also means the law does not
 * expect the person to work). UNKNOWN when a needed age limit is not recorded.
 *
 * The pension age is the one in force on the application date, or any earlier one the member reached while it was
 * in force: the law raised it step by step for those who had not yet reached it, so a woman who turned 64½ while
 * 64½ was the age stays of pension age after it rose to 65, with or without a pension awarded.
 */
export function workCapacity(member: Member, ctx: RuleContext): WorkCapacity {
  if (member.disability !== undefined) return "NOT_EXPECTED_TO_WORK";
  if (member.pensions.some((p) => p.kind === "AGE" || p.kind === "DISABILITY")) return "NOT_EXPECTED_TO_WORK";
  const adultAge = ctx.param("ADULT_AGE");
  if (adultAge === null) return "UNKNOWN";
  if (ageInYearsOn(member.birthDate, ctx.date) < adultAge) return "NOT_EXPECTED_TO_WORK";
  const code = member.sex === "MALE" ? "PENSION_AGE_MEN_MONTHS" : "PENSION_AGE_WOMEN_MONTHS";
  const pensionAgeMonths = ctx.param(code);
  if (pensionAgeMonths === null) return "UNKNOWN";
  if (ageInMonthsOn(member.birthDate, ctx.date) >= pensionAgeMonths) return "NOT_EXPECTED_TO_WORK";
  return reachedEarlierPensionAge(member, ctx, code) ? "NOT_EXPECTED_TO_WORK" : "ABLE_WORKING_AGE";
}

/** Whether the member reached a pension age while it was in force, before a later one raised it. */
function reachedEarlierPensionAge(
  member: Member,
  ctx: RuleContext,
  code: "PENSION_AGE_MEN_MONTHS" | "PENSION_AGE_WOMEN_MONTHS",
): boolean {
  // Age only grows, so a value was reached while in force exactly when it was reached by its last day.
  return ctx.paramHistory(code).some((p) => ageInMonthsOn(member.birthDate, p.lastDay) >= p.value);
}

/** Works: employed under a labour contract or self-employed (entrepreneur, farmer), per the agencies or inspection. */
export function isWorking(member: Member): boolean | null {
  if (member.employment === undefined) return null;
  return member.employment.status !== "NOT_WORKING";
}

/**
 * Caring for a person with 81–100 % disability, a disabled child under 18, or a child under 8 (RULES.md), who lives
 * in the family: a person the family does not count (in full state care, living abroad…) is not in this member's
 * care.
 */
export function caresForQualifyingPerson(member: Member, ctx: RuleContext): boolean {
  if (member.caresFor.length === 0) return false;
  const careChildLimit = ctx.param("CARE_CHILD_AGE_LIMIT");
  const disabledChildLimit = ctx.param("DISABLED_CHILD_AGE_LIMIT");
  return member.caresFor.some((care) => {
    const person = ctx.counted.find((m) => m.fin === care.fin);
    if (person === undefined) return false;
    const age = ageInYearsOn(person.birthDate, ctx.date);
    const category = person.disability?.category;
    if (category === "DEGREE_1_81_100") return true;
    if (category !== undefined && disabledChildLimit !== null && age < disabledChildLimit) return true;
    return careChildLimit !== null && age < careChildLimit;
  });
}

/** Full-time study under 23 (RULES.md). */
export function isFullTimeStudentUnderLimit(member: Member, ctx: RuleContext): boolean {
  if (member.study?.mode !== "FULL_TIME") return false;
  const limit = ctx.param("STUDENT_AGE_LIMIT");
  return limit !== null && ageInYearsOn(member.birthDate, ctx.date) < limit;
}

/**
 * An accepted reason for an able-bodied working-age member not to work (RULES.md, from Decision No. 37): care as
 * above, full-time study under 23, receiving unemployment insurance, or being missing, of unknown whereabouts or
 * detained without a sentence (a dead or sentenced person is not counted at all, see family-composition).
 */
export function hasAcceptedReasonNotToWork(member: Member, ctx: RuleContext): boolean {
  return (
    caresForQualifyingPerson(member, ctx) ||
    isFullTimeStudentUnderLimit(member, ctx) ||
    member.unemploymentInsurance !== undefined ||
    member.absence !== undefined
  );
}
