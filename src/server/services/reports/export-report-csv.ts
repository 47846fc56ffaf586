import type { AppLocale } from "@/i18n/routing";
import { nameIn } from "@/kernel/localized-name";
import type { SessionUser } from "@/kernel/session-user";
import type { ReportFilter } from "@/lib/reports/report-filter";
import { csvDialect, csvWriter, reportTableRows, toCsv, type ReportTable } from "@/lib/reports/report-tables";
import type { Db } from "@/server/db/create-client";
import { readProgrammeReport } from "./read-programme-report";

/** The CSV file of one table for a staff member: checked and audited as the page is. */
export async function exportReportCsv(
  db: Db,
  user: SessionUser,
  table: ReportTable,
  filter: ReportFilter,
  locale: AppLocale,
  now: Date,
): Promise<{ fileName: string; csv: string }> {
  const report = await readProgrammeReport(db, user, filter, now, "reports.csv", table);
  const districts = await db.district.findMany({ select: { code: true, nameAz: true, nameRu: true, nameEn: true } });
  const names = new Map(districts.map((d) => [d.code, nameIn(locale, d)]));
  const dialect = csvDialect(locale);
  const rows = reportTableRows(report, table, locale, (code) => names.get(code) ?? code, csvWriter(dialect));
  const where = report.scope.districtCode ?? "all";
  return {
    fileName: `report-${table}-${where}-${report.scope.from}-${report.scope.to}.csv`,
    csv: toCsv(rows, dialect),
  };
}
