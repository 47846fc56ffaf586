import { ageInMonthsOn, isIsoDate, type IsoDate } from "@/kernel/calendar-date";

/**
 * The law's ages the wizard needs to know whom to ask why they do not work: the age of majority (`ADULT_AGE`) and a
 * pension age in months. The wizard does not ask a member's sex (the agencies give it to the engine), so it cannot
 * tell the men's pension age (`PENSION_AGE_MEN_MONTHS`) from the women's (`PENSION_AGE_WOMEN_MONTHS`): it is given
 * the higher of the two in force (get-wizard-rules.ts). With the lower one it could skip a man still of working age,
 * whom the law expects to work or to have a reason; with the higher one it at worst asks a woman who has just
 * reached hers, who may leave the answer empty.
 */
export interface WorkingAgeRules {
  adultAge: number;
  pensionAgeMonths: number;
}

/**
 * Of working age on `today` (Baku): at least the age of majority and below the pension age (RULES.md: "Members
 * unable to work (…, pension age, children) need no reason"). A birth date not (yet) typed as a date is not of
 * working age, as it is not an adult for the wizard's other choices. An earlier pension age a member reached while
 * it was in force (work-capacity.ts) is not looked at: the wizard then asks, which is the safe side.
 */
export function ofWorkingAge(birthDate: string, today: IsoDate, rules: WorkingAgeRules): boolean {
  if (!isIsoDate(birthDate)) return false;
  const months = ageInMonthsOn(birthDate, today);
  return months >= rules.adultAge * 12 && months < rules.pensionAgeMonths;
}
