import { TRPCError } from "@trpc/server";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DayRangeFields } from "@/components/form/day-range-fields";
import { FocusRefusedField } from "@/components/form/focus-refused-field";
import { BarChart, CHART_COLORS } from "@/components/reports/bar-chart";
import { ReportSection } from "@/components/reports/report-section";
import type { AppLocale } from "@/i18n/routing";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import {
  cellText,
  REPORT_STATUSES,
  reportTableRows,
  type CellWriter,
  type ReportTable,
} from "@/lib/reports/report-tables";
import { REPORT_MAX_DAYS, ZReportFilter } from "@/lib/reports/report-filter";
import { DAY_RANGE_KEYS, searchDayParam, searchErrorKeys } from "@/lib/i18n/day-range";
import { calendarDayInstant } from "@/lib/i18n/calendar-day";
import type enMessages from "@/messages/reports/en.json";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("reports");

type Search = { from?: string | string[]; to?: string | string[]; district?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * The programme's reports: a supervisor's district, or the country and its districts for the ministry. A plain GET
 * form keeps the period and district in the address; the charts are SVG drawn on the server, each followed by its
 * table, and each table downloads as CSV.
 */
export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireRole(locale, ["ADMIN", "SUPERVISOR"]);
  const t = await getTranslations("reports");
  const ts = await getTranslations("status");
  const raw = await searchParams;
  const asked = Object.fromEntries(
    Object.entries({
      from: searchDayParam(raw.from),
      to: searchDayParam(raw.to),
      district: first(raw.district),
    }).filter(([, v]) => v !== undefined),
  );
  const filter = ZReportFilter.safeParse(asked);
  const api = await serverApi();
  // A district that does not exist, or (for a supervisor) is not theirs, is refused as in the API, but said beside
  // the form: the page has already begun to stream (loading.tsx), so a not-found page would still answer 200.
  const issues = filter.success ? [] : filter.error.issues;
  let districtRefused = issues.some((i) => i.path[0] === "district");
  const te = await getTranslations();
  const periodErrors = Object.fromEntries(
    Object.entries(searchErrorKeys(issues, DAY_RANGE_KEYS)).map(([f, key]) => [f, te(key, { days: REPORT_MAX_DAYS })]),
  );
  const [regions, report] = await Promise.all([
    api.reference.districts(),
    filter.success
      ? api.reports.programme(filter.data).catch((e: unknown) => {
          if (!(e instanceof TRPCError && e.code === "NOT_FOUND")) return Promise.reject(e);
          districtRefused = true;
          return null;
        })
      : Promise.resolve(null),
  ]);
  const nameOf = new Map(
    regions
      .flatMap((r) => r.districts)
      .map((d) => [d.code, locale === "ru" ? d.nameRu : locale === "en" ? d.nameEn : d.nameAz]),
  );
  const districtName = (code: string) => nameOf.get(code) ?? code;
  const lang = locale as AppLocale;
  const format = await getFormatter();
  const monthLabel = (ym: string) =>
    format.dateTime(calendarDayInstant(`${ym}-01`), { month: "long", year: "numeric", timeZone: "UTC" });
  // The page writes each cell by its column's declared type (report-tables.ts), in its own language.
  const pageCells: CellWriter = {
    month: monthLabel,
    number: (n, digits) =>
      format.number(n, digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  };
  const rows = (table: ReportTable) => (report ? reportTableRows(report, table, lang, districtName, pageCells) : []);
  const query = report
    ? {
        from: report.scope.from,
        to: report.scope.to,
        ...(report.scope.districtCode && user.role === "ADMIN" ? { district: report.scope.districtCode } : {}),
        locale,
      }
    : {};
  const csvHref = (table: string) => `/api/reports/${table}?${new URLSearchParams(query).toString()}`;
  const pct = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);
  // The share and the amount as the tables write them ("100,0 %" in az and ru).
  const shareText = (part: number, whole: number) =>
    whole === 0 ? t("none") : t("percent", { n: cellText("percent", pct(part, whole), pageCells) });
  const aznText = (q: number) => t("azn", { amount: cellText("money", q, pageCells) });
  const heading = (key: keyof typeof enMessages.reports.tables) => t(`tables.${key}`);

  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>
        {user.role === "SUPERVISOR" && user.districtCode
          ? t("leadDistrict", { district: districtName(user.districtCode) })
          : t("leadNational")}
      </p>

      <form
        method="get"
        className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
        aria-labelledby="report-filters"
      >
        <h2 id="report-filters" className="text-lg font-semibold">
          {t("filter.legend")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-3">
          <DayRangeFields
            values={{ from: report?.scope.from ?? asked.from, to: report?.scope.to ?? asked.to }}
            errors={periodErrors}
          />
          <FocusRefusedField id={DAY_RANGE_KEYS.find((k) => periodErrors[k])} />
          {user.role === "ADMIN" && (
            <div className="space-y-1">
              <label htmlFor="district" className="block font-medium">
                {t("filter.district")}
              </label>
              <select
                id="district"
                name="district"
                defaultValue={report?.scope.districtCode ?? ""}
                className="w-full rounded-lg border border-slate-500 bg-white px-3 py-3"
              >
                <option value="">{t("filter.allDistricts")}</option>
                {regions.map((r) => (
                  <optgroup key={r.code} label={locale === "ru" ? r.nameRu : locale === "en" ? r.nameEn : r.nameAz}>
                    {r.districts.map((d) => (
                      <option key={d.code} value={d.code}>
                        {districtName(d.code)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
          )}
        </div>
        {districtRefused && (
          <p role="alert" className="font-medium text-red-800" data-testid="report-district-refused">
            {t("filter.districtRefused")}
          </p>
        )}
        <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("filter.show")}
        </button>
      </form>

      {report && (
        <>
          {report.calendarGap && (
            <p role="status" className="rounded border border-amber-500 bg-amber-50 p-3" data-testid="report-calendar">
              {/* A year with no table is counted Monday–Friday; an entered one with expected holidays is counted
                  with them, but not confirmed either (calendar-gap.ts). */}
              {t(report.calendarGap === "PROVISIONAL" ? "calendarProvisional" : "calendarNotConfirmed")}
            </p>
          )}
          <dl className="grid gap-3 sm:grid-cols-5" data-testid="report-headline">
            {[
              [t("headline.applications"), String(report.statusByMonth.reduce((a, m) => a + m.total, 0))],
              [t("headline.decided"), String(report.decisions.total.decided)],
              [
                t("headline.median"),
                report.decisions.total.median === null ? t("none") : t("days", { n: report.decisions.total.median }),
              ],
              [
                t("headline.withinDeadline", { days: report.deadlineWorkingDays }),
                shareText(report.decisions.total.withinDeadline, report.decisions.total.decided),
              ],
              [t("headline.paid"), aznText(report.payments.reduce((a, p) => a + p.paidQepik, 0))],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-slate-300 bg-white p-3">
                <dt className="text-sm">{label}</dt>
                <dd className="text-xl font-semibold">{value}</dd>
              </div>
            ))}
          </dl>

          <ReportSection
            id="status"
            title={heading("status")}
            tableCaption={t("tableOf", { chart: heading("status") })}
            rows={rows("status")}
            csvHref={csvHref("status")}
            csvLabel={t("downloadCsv", { table: heading("status") })}
          >
            <BarChart
              summary={t("charts.status")}
              categories={report.months.map(monthLabel)}
              series={REPORT_STATUSES.map((s, i) => ({
                key: s,
                label: ts(s),
                color: CHART_COLORS[i % CHART_COLORS.length] ?? "#000",
              }))}
              values={report.statusByMonth.map((m) => REPORT_STATUSES.map((s) => m.counts[s] ?? 0))}
            />
          </ReportSection>

          <ReportSection
            id="deadline"
            title={heading("deadline")}
            tableCaption={t("tableOf", { chart: heading("deadline") })}
            rows={rows("deadline")}
            csvHref={csvHref("deadline")}
            csvLabel={t("downloadCsv", { table: heading("deadline") })}
          >
            <BarChart
              testId="deadline-chart"
              summary={t("charts.deadline", {
                days: report.deadlineWorkingDays,
                share: shareText(report.decisions.total.withinDeadline, report.decisions.total.decided),
              })}
              categories={report.months.map(monthLabel)}
              series={[{ key: "within", label: t("columns.share"), color: CHART_COLORS[2] ?? "#000" }]}
              values={report.decisions.byMonth.map((m) => [pct(m.withinDeadline, m.decided)])}
              max={100}
              tick={(n) => `${n} %`}
            />
          </ReportSection>

          <ReportSection
            id="outcomes"
            title={heading("outcomes")}
            tableCaption={t("tableOf", { chart: heading("outcomes") })}
            rows={rows("outcomes")}
            csvHref={csvHref("outcomes")}
            csvLabel={t("downloadCsv", { table: heading("outcomes") })}
          >
            <BarChart
              summary={t("charts.outcomes")}
              categories={report.months.map(monthLabel)}
              series={[
                { key: "assigned", label: t("columns.assigned"), color: CHART_COLORS[2] ?? "#000" },
                { key: "refused", label: t("columns.refused"), color: CHART_COLORS[4] ?? "#000" },
              ]}
              values={report.decisions.byMonth.map((m) => [m.assigned, m.refused])}
              mode="group"
            />
          </ReportSection>

          <ReportSection
            id="grounds"
            title={heading("grounds")}
            tableCaption={t("tableOf", { chart: heading("grounds") })}
            rows={rows("grounds")}
            csvHref={csvHref("grounds")}
            csvLabel={t("downloadCsv", { table: heading("grounds") })}
            note={t("groundsNote")}
          >
            {report.refusalGrounds.grounds.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <BarChart
                summary={t("charts.grounds")}
                categories={report.refusalGrounds.grounds.map((g) =>
                  t.has(`grounds.${g.code}`) ? t(`grounds.${g.code}`) : `${t("grounds.OTHER")} (${g.code})`,
                )}
                series={[{ key: "n", label: t("columns.refusals"), color: CHART_COLORS[1] ?? "#000" }]}
                values={report.refusalGrounds.grounds.map((g) => [g.n])}
                horizontal
              />
            )}
          </ReportSection>

          <ReportSection
            id="payments"
            title={heading("payments")}
            tableCaption={t("tableOf", { chart: heading("payments") })}
            rows={rows("payments")}
            csvHref={csvHref("payments")}
            csvLabel={t("downloadCsv", { table: heading("payments") })}
          >
            {report.payments.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <BarChart
                summary={t("charts.payments")}
                categories={report.payments.map((p) => monthLabel(p.month))}
                series={[
                  { key: "planned", label: t("columns.planned"), color: CHART_COLORS[0] ?? "#000" },
                  { key: "paid", label: t("columns.paid"), color: CHART_COLORS[2] ?? "#000" },
                ]}
                values={report.payments.map((p) => [p.plannedQepik / 100, p.paidQepik / 100])}
                mode="group"
              />
            )}
          </ReportSection>

          <ReportSection
            id="inspections"
            title={heading("inspections")}
            tableCaption={t("tableOf", { chart: heading("inspections") })}
            rows={rows("inspections")}
            csvHref={csvHref("inspections")}
            csvLabel={t("downloadCsv", { table: heading("inspections") })}
          >
            {report.inspections.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <BarChart
                summary={t("charts.inspections")}
                categories={report.inspections.map(
                  (r) =>
                    `${r.inspector ?? t("columns.unassigned")}${report.scope.districtCode === null && r.district ? ` (${districtName(r.district)})` : ""}`,
                )}
                series={[
                  { key: "completed", label: t("columns.completed"), color: CHART_COLORS[2] ?? "#000" },
                  { key: "missed", label: t("columns.missed"), color: CHART_COLORS[4] ?? "#000" },
                  { key: "scheduled", label: t("columns.scheduled"), color: CHART_COLORS[0] ?? "#000" },
                ]}
                values={report.inspections.map((r) => [r.completed, r.missed, r.scheduled])}
                horizontal
              />
            )}
          </ReportSection>

          <ReportSection
            id="appeals"
            title={heading("appeals")}
            tableCaption={t("tableOf", { chart: heading("appeals") })}
            rows={rows("appeals")}
            csvHref={csvHref("appeals")}
            csvLabel={t("downloadCsv", { table: heading("appeals") })}
          >
            <BarChart
              summary={t("charts.appeals")}
              categories={report.months.map(monthLabel)}
              series={[
                { key: "upheld", label: t("columns.upheld"), color: CHART_COLORS[0] ?? "#000" },
                { key: "changed", label: t("columns.changed"), color: CHART_COLORS[2] ?? "#000" },
                { key: "open", label: t("columns.stillOpen"), color: CHART_COLORS[6] ?? "#000" },
              ]}
              values={report.appeals.byMonth.map((m) => [m.upheld, m.changed, m.open])}
            />
          </ReportSection>

          {user.role === "ADMIN" && (
            <ReportSection
              id="districts"
              title={heading("districts")}
              tableCaption={heading("districts")}
              rows={rows("districts")}
              csvHref={csvHref("districts")}
              csvLabel={t("downloadCsv", { table: heading("districts") })}
            />
          )}
        </>
      )}
    </div>
  );
}
