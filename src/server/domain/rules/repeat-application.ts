import { addMonths } from "@/kernel/calendar-date";
import { ageInYearsOn } from "@/kernel/calendar-date";
import type { InspectionSkipProblem } from "../reasons";
import type { RuleContext } from "../rule-context";

export interface RepeatQualification {
  qualifies: boolean;
  /** Conditions not met, in a fixed order; empty when the family qualifies. */
  problems: InspectionSkipProblem[];
}

/**
 * Repeat applications in the following year skip the home inspection when the composition and the address are
 * unchanged and the family has a survivor-pension recipient, a member with 81–100 % disability, two or more members
 * with 61–80 % disability, or three or more children (dost.gov.az; sputnik.az 2023-10-26).
 * *(design)* "The following year": the application is after the start of the previous assignment and no later than
 * one year after its end. Composition: the same set of counted members. Children: counted members under 18.
 */
export function repeatWithoutInspection(ctx: RuleContext): RepeatQualification {
  const last = ctx.input.previous.lastAssignment;
  if (last === undefined) return { qualifies: false, problems: ["NO_PREVIOUS_ASSIGNMENT"] };
  const problems: InspectionSkipProblem[] = [];
  if (!(ctx.date > last.periodFrom && ctx.date <= addMonths(last.periodTo, 12))) problems.push("NOT_FOLLOWING_YEAR");
  const now = new Set(ctx.counted.map((m) => m.fin));
  const before = new Set(last.countedMemberFins);
  if (now.size !== before.size || [...now].some((fin) => !before.has(fin))) problems.push("COMPOSITION_CHANGED");
  if (last.addressId !== ctx.input.address.id) problems.push("ADDRESS_CHANGED");
  if (!hasQualifyingMember(ctx)) problems.push("NO_QUALIFYING_MEMBER");
  return { qualifies: problems.length === 0, problems };
}

function hasQualifyingMember(ctx: RuleContext): boolean {
  const minChildren = ctx.param("REPEAT_MIN_CHILDREN");
  const minModerate = ctx.param("REPEAT_MIN_MEMBERS_61_80");
  const adultAge = ctx.param("ADULT_AGE");
  const survivor = ctx.counted.some((m) => m.pensions.some((p) => p.kind === "SURVIVOR"));
  const severe = ctx.counted.some((m) => m.disability?.category === "DEGREE_1_81_100");
  const moderate = ctx.counted.filter((m) => m.disability?.category === "DEGREE_2_61_80").length;
  const children =
    adultAge === null ? 0 : ctx.counted.filter((m) => ageInYearsOn(m.birthDate, ctx.date) < adultAge).length;
  return (
    survivor ||
    severe ||
    (minModerate !== null && moderate >= minModerate) ||
    (minChildren !== null && children >= minChildren)
  );
}
