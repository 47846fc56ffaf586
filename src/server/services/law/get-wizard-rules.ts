import type { IsoDate } from "@/kernel/calendar-date";
import type { Db } from "@/server/db/create-client";
import { parameterValueOn } from "./law-data";

/** The law's values the application wizard checks in the browser, as in force on `today` (Baku). */
export interface WizardRules {
  adultAge: number;
}

export async function getWizardRules(db: Db, today: IsoDate): Promise<WizardRules> {
  return { adultAge: await parameterValueOn(db, "ADULT_AGE", today) };
}
