import type { AppLocale } from "@/i18n/routing";
import { nameIn } from "@/kernel/localized-name";
import type { SessionUser } from "@/kernel/session-user";
import { csvDialect, csvWriter, toCsv } from "@/lib/reports/report-tables";
import type { WhatIfRequest } from "@/lib/what-if/what-if-request";
import az from "@/messages/what-if/az.json";
import ru from "@/messages/what-if/ru.json";
import en from "@/messages/what-if/en.json";
import type { Db } from "@/server/db/create-client";
import { policyComparisonRows } from "@/server/domain/batch/compare-policy";
import { runWhatIfAs } from "./run-what-if-as";

const TEXTS: Record<AppLocale, typeof en.whatIf> = { az: az.whatIf, ru: ru.whatIf, en: en.whatIf };

/**
 * The what-if's district table as CSV text, run (and audited) as the staff member who downloads it: headed, the
 * districts named and the total line written in the reader's language as on the page, money in AZN as the reports'
 * files write it (a spreadsheet opened by a ministry analyst, not a program, reads it).
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
  const t = TEXTS[locale];
  const header = [
    t.district,
    t.families,
    t.winners,
    t.losers,
    t.csvColumns.actualMonthly,
    t.csvColumns.reformMonthly,
    t.csvColumns.actualYearly,
    t.csvColumns.reformYearly,
  ];
  const dialect = csvDialect(locale);
  const write = csvWriter(dialect);
  const rows = policyComparisonRows(
    run,
    t.total,
    (code) => names.get(code) ?? code,
    (qepik) => write.number(qepik / 100, 2),
  );
  return toCsv([header, ...rows], dialect);
}
