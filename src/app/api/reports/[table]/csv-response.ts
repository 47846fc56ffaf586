import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { locales, type AppLocale } from "@/i18n/routing";
import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { AppError, appErrorStatus } from "@/server/errors";
import { REPORT_TABLES, type ReportTable } from "@/lib/reports/report-tables";
import { exportReportCsv } from "@/server/services/reports/export-report-csv";
import { ZReportFilter } from "@/lib/reports/report-filter";

// The reports' CSV download, apart from next-auth so that tests call it with a session of their choosing.
// Errors carry a code and no text, as the other file routes do.

const noStore = { "Cache-Control": "private, no-store" };

function refused(code: AppError["code"]): Response {
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: appErrorStatus[code] }));
  return Response.json({ error: code }, { status, headers: noStore });
}

export async function reportCsvResponse(
  db: Db,
  user: SessionUser | null,
  table: string,
  search: URLSearchParams,
  now: Date,
): Promise<Response> {
  if (!user) return refused("notSignedIn");
  if (user.role !== "ADMIN" && user.role !== "SUPERVISOR") return refused("forbidden");
  if (!REPORT_TABLES.includes(table as ReportTable)) return refused("notFound");
  const { locale: asked, ...query } = Object.fromEntries(search);
  const locale: AppLocale = locales.includes(asked as AppLocale) ? (asked as AppLocale) : "az";
  const filter = ZReportFilter.safeParse(query);
  if (!filter.success) return refused("invalidInput");
  try {
    const file = await exportReportCsv(db, user, table as ReportTable, filter.data, locale, now);
    return new Response(file.csv, {
      headers: {
        ...noStore,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
      },
    });
  } catch (err) {
    if (err instanceof AppError) return refused(err.code);
    throw err;
  }
}
