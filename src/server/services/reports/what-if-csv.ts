import type { AppLocale } from "@/i18n/routing";
import { nameIn } from "@/kernel/localized-name";
import type { SessionUser } from "@/kernel/session-user";
import type { WhatIfRequest } from "@/lib/what-if/what-if-request";
import type { Db } from "@/server/db/create-client";
import { policyComparisonCsv } from "@/server/domain/batch/compare-policy";
import { runWhatIfAs } from "./run-what-if-as";

/**
 * The what-if's district table as CSV text, run (and audited) as the staff member who downloads it, with the
 * districts named in the reader's language as on the page.
 */
export async function whatIfCsvAs(
  db: Db,
  user: SessionUser,
  request: WhatIfRequest,
  locale: AppLocale,
): Promise<string> {
  const run = await runWhatIfAs(db, user, request, "whatIf.csv");
  const districts = await db.district.findMany({ select: { code: true, nameAz: true, nameRu: true, nameEn: true } });
  const names = new Map(districts.map((d) => [d.code, nameIn(locale, d)]));
  return policyComparisonCsv(run, (code) => names.get(code) ?? code);
}
