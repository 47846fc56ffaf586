import type { AppLocale } from "@/i18n/routing";
import az from "@/messages/reports/az.json";
import ru from "@/messages/reports/ru.json";
import en from "@/messages/reports/en.json";
import coreAz from "@/messages/az.json";
import coreRu from "@/messages/ru.json";
import coreEn from "@/messages/en.json";
import type { ProgrammeReport } from "@/server/services/reports/read-programme-report";

// One table of the reports page as CSV, headed in the reader's language. The figures are the page's own
// (readProgrammeReport: the same access check, and an audit row naming the table). Amounts are AZN with two decimals.

export const REPORT_TABLES = [
  "status",
  "deadline",
  "outcomes",
  "grounds",
  "payments",
  "inspections",
  "appeals",
  "districts",
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

type Texts = typeof en.reports;
const TEXTS: Record<AppLocale, { reports: Texts; status: Record<string, string> }> = {
  az: { reports: az.reports, status: coreAz.status },
  ru: { reports: ru.reports, status: coreRu.status },
  en: { reports: en.reports, status: coreEn.status },
};

/** The statuses the status table has a column for, in the order of an application's path. */
export const REPORT_STATUSES = [
  "SUBMITTED",
  "INSPECTION_SCHEDULED",
  "DATA_COLLECTED",
  "AWAITING_REVIEW",
  "ASSIGNED",
  "REFUSED",
  "WITHDRAWN",
] as const;

const azn = (qepik: number) => (qepik / 100).toFixed(2);
const share = (part: number, whole: number) => (whole === 0 ? "" : ((100 * part) / whole).toFixed(1));
const orEmpty = (n: number | null) => (n === null ? "" : String(n));

/** A CSV cell: quoted when needed; text that a spreadsheet would run as a formula is made inert. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function groundLabel(code: string, texts: Texts): string {
  return (texts.grounds as Record<string, string>)[code] ?? `${texts.grounds.OTHER} (${code})`;
}

/** The rows of one table, header first, as the page shows them. */
export function reportTableRows(
  report: ProgrammeReport,
  table: ReportTable,
  locale: AppLocale,
  districtName: (code: string) => string,
): (string | number)[][] {
  const { reports: t, status } = TEXTS[locale];
  const c = t.columns;
  switch (table) {
    case "status":
      return [
        [c.month, ...REPORT_STATUSES.map((s) => status[s] ?? s), c.total],
        ...report.statusByMonth.map((r) => [r.month, ...REPORT_STATUSES.map((s) => r.counts[s] ?? 0), r.total]),
      ];
    case "deadline":
      return [
        [c.month, c.decided, c.withinDeadline, c.share, c.median, c.p95],
        ...report.decisions.byMonth.map((r) => [
          r.month,
          r.decided,
          r.withinDeadline,
          share(r.withinDeadline, r.decided),
          orEmpty(r.median),
          orEmpty(r.p95),
        ]),
        [
          c.total,
          report.decisions.total.decided,
          report.decisions.total.withinDeadline,
          share(report.decisions.total.withinDeadline, report.decisions.total.decided),
          orEmpty(report.decisions.total.median),
          orEmpty(report.decisions.total.p95),
        ],
      ];
    case "outcomes":
      return [
        [c.month, c.decided, c.assigned, c.refused],
        ...report.decisions.byMonth.map((r) => [r.month, r.decided, r.assigned, r.refused]),
        [c.total, report.decisions.total.decided, report.decisions.total.assigned, report.decisions.total.refused],
      ];
    case "grounds":
      return [
        [c.ground, c.refusals, c.shareOfRefusals],
        ...report.refusalGrounds.grounds.map((g) => [
          groundLabel(g.code, t),
          g.n,
          share(g.n, report.refusalGrounds.refused),
        ]),
      ];
    case "payments":
      return [
        [c.month, c.families, c.planned, c.paid, c.payments],
        ...report.payments.map((r) => [r.month, r.families, azn(r.plannedQepik), azn(r.paidQepik), r.payments]),
      ];
    case "inspections":
      return [
        [c.district, c.inspector, c.visits, c.completed, c.missed, c.scheduled, c.cancelled],
        ...report.inspections.map((r) => [
          r.district ? districtName(r.district) : "",
          r.inspector ?? c.unassigned,
          r.visits,
          r.completed,
          r.missed,
          r.scheduled,
          r.cancelled,
        ]),
      ];
    case "appeals":
      return [
        [c.month, c.filed, c.upheld, c.changed, c.stillOpen],
        ...report.appeals.byMonth.map((r) => [r.month, r.filed, r.upheld, r.changed, r.open]),
        [
          c.total,
          report.appeals.total.filed,
          report.appeals.total.upheld,
          report.appeals.total.changed,
          report.appeals.total.open,
        ],
      ];
    case "districts":
      return [
        [
          c.district,
          c.applications,
          c.decided,
          c.withinDeadline,
          c.share,
          c.median,
          c.p95,
          c.assigned,
          c.refused,
          c.open,
        ],
        ...report.districts.map((r) => [
          districtName(r.district),
          r.applications,
          r.decided,
          r.withinDeadline,
          share(r.withinDeadline, r.decided),
          orEmpty(r.median),
          orEmpty(r.p95),
          r.assigned,
          r.refused,
          r.open,
        ]),
      ];
  }
}

export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
