import type { IsoDate } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import type { WorkingAgeRules } from "@/lib/wizard/working-age";
import { parameterValueOn } from "./law-data";

/** The law's values the application wizard checks in the browser, as in force on `today` (Baku). */
export type { WorkingAgeRules as WizardRules } from "@/lib/wizard/working-age";

export async function getWizardRules(db: Db, today: IsoDate): Promise<WorkingAgeRules> {
  const [adultAge, men, women] = await Promise.all([
    parameterValueOn(db, "ADULT_AGE", today),
    parameterValueOn(db, "PENSION_AGE_MEN_MONTHS", today),
    parameterValueOn(db, "PENSION_AGE_WOMEN_MONTHS", today),
  ]);
  // The wizard does not know a member's sex: the higher pension age never skips someone of working age
  // (working-age.ts).
  return { adultAge, pensionAgeMonths: Math.max(men, women) };
}
