import type { AppLocale } from "@/i18n/routing";
import az from "@/messages/reports/az.json";
import ru from "@/messages/reports/ru.json";
import en from "@/messages/reports/en.json";
import coreAz from "@/messages/az.json";
import coreRu from "@/messages/ru.json";
import coreEn from "@/messages/en.json";
import type { YearMonth } from "@/kernel/calendar-date";
import type { ProgrammeReport } from "@/server/services/reports/read-programme-report";

// One table of the reports page as CSV, headed in the reader's language. The figures are the page's own
// (readProgrammeReport: the same access check, and an audit row naming the table). Each column declares what it
// holds (ColumnType), and the page and the CSV write its cells by that: amounts are AZN with two decimals.

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

/**
 * What a column holds, declared with the column so the page and the CSV write each cell by it (not by how the
 * value looks): `text` as it is; `month` a "YYYY-MM" (the page writes its name); `count` a whole number; `days` a
 * number of working days; `percent` a share in per cent (one decimal); `money` integer qəpik (manat, two
 * decimals). `days` and `percent` may be null: none to give (no decision, nothing to share).
 */
export const COLUMN_TYPES = ["text", "month", "count", "days", "percent", "money"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export type CellValue = string | number | null;

export interface ReportTableOf {
  columns: { label: string; type: ColumnType }[];
  rows: CellValue[][];
  /** The totals row's cells after its first, which is the word "Total". */
  total?: CellValue[];
}

/** How a reader writes numbers and months: the CSV's plain figures, or the page's in its language. */
export interface CellWriter {
  month: (ym: YearMonth) => string;
  number: (n: number, fractionDigits?: number) => string;
}

/**
 * How a CSV file separates its cells and writes a decimal, for the spreadsheet its reader opens it in: Excel reads
 * a .csv with the system's list separator and decimal mark, which on an Azerbaijani or Russian Windows are ";" and
 * ",". A file written with "," and "." opened there puts each line in one cell, and "302239.05" is not a number. So
 * the file follows its language, as the page does: az and ru ";" and "3022,39"; en "," and "3022.39".
 */
export interface CsvDialect {
  separator: "," | ";";
  decimalMark: "." | ",";
}
export function csvDialect(locale: AppLocale): CsvDialect {
  return locale === "en" ? { separator: ",", decimalMark: "." } : { separator: ";", decimalMark: "," };
}
const EN_DIALECT = csvDialect("en");

/** A CSV's cells: "2026-02", "100.0" or "100,0", "3022.39" or "3022,39": plain figures, no digit grouping. */
export function csvWriter(dialect: CsvDialect): CellWriter {
  return {
    month: (ym) => ym,
    number: (n, fractionDigits) => {
      const text = fractionDigits === undefined ? String(n) : n.toFixed(fractionDigits);
      return dialect.decimalMark === "." ? text : text.replace(".", dialect.decimalMark);
    },
  };
}
export const CSV_WRITER: CellWriter = csvWriter(EN_DIALECT);

/** One cell in words, by its column's type. */
export function cellText(type: ColumnType, value: CellValue, write: CellWriter): string {
  if (value === null) return "";
  if (type === "text" || type === "month") {
    if (typeof value !== "string") throw new TypeError(`a ${type} cell holds text, not ${value}`);
    return type === "month" ? write.month(value) : value;
  }
  if (typeof value !== "number") throw new TypeError(`a ${type} cell holds a number, not "${value}"`);
  if (type === "percent") return write.number(value, 1);
  if (type === "money") return write.number(value / 100, 2);
  return write.number(value);
}

const share = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

/**
 * A CSV cell: quoted when needed; text that a spreadsheet would run as a formula is made inert. A ";" file's
 * decimal comma is not quoted, so the spreadsheet reads "302239,05" as the number it is.
 */
export function csvCell(value: string | number, dialect: CsvDialect = EN_DIALECT): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = dialect.separator === "," ? /[",\n\r;]/ : /[";\n\r]/;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function groundLabel(code: string, texts: Texts): string {
  return (texts.grounds as Record<string, string>)[code] ?? `${texts.grounds.OTHER} (${code})`;
}

/** One table of the report: its columns, each with its type, and its rows as values. */
export function reportTable(
  report: ProgrammeReport,
  table: ReportTable,
  locale: AppLocale,
  districtName: (code: string) => string,
): ReportTableOf {
  const { reports: t, status } = TEXTS[locale];
  const c = t.columns;
  const col = (label: string, type: ColumnType) => ({ label, type });
  switch (table) {
    case "status":
      return {
        columns: [
          col(c.month, "month"),
          ...REPORT_STATUSES.map((s) => col(status[s] ?? s, "count")),
          col(c.total, "count"),
        ],
        rows: report.statusByMonth.map((r) => [r.month, ...REPORT_STATUSES.map((s) => r.counts[s] ?? 0), r.total]),
      };
    case "deadline": {
      const total = report.decisions.total;
      return {
        columns: [
          col(c.month, "month"),
          col(c.decided, "count"),
          col(c.withinDeadline, "count"),
          col(c.share, "percent"),
          col(c.median, "days"),
          col(c.p95, "days"),
        ],
        rows: report.decisions.byMonth.map((r) => [
          r.month,
          r.decided,
          r.withinDeadline,
          share(r.withinDeadline, r.decided),
          r.median,
          r.p95,
        ]),
        total: [
          total.decided,
          total.withinDeadline,
          share(total.withinDeadline, total.decided),
          total.median,
          total.p95,
        ],
      };
    }
    case "outcomes":
      return {
        columns: [col(c.month, "month"), col(c.decided, "count"), col(c.assigned, "count"), col(c.refused, "count")],
        rows: report.decisions.byMonth.map((r) => [r.month, r.decided, r.assigned, r.refused]),
        total: [report.decisions.total.decided, report.decisions.total.assigned, report.decisions.total.refused],
      };
    case "grounds":
      return {
        columns: [col(c.ground, "text"), col(c.refusals, "count"), col(c.shareOfRefusals, "percent")],
        rows: report.refusalGrounds.grounds.map((g) => [
          groundLabel(g.code, t),
          g.n,
          share(g.n, report.refusalGrounds.refused),
        ]),
      };
    case "payments":
      return {
        columns: [
          col(c.month, "month"),
          col(c.families, "count"),
          col(c.planned, "money"),
          col(c.paid, "money"),
          col(c.payments, "count"),
        ],
        rows: report.payments.map((r) => [r.month, r.families, r.plannedQepik, r.paidQepik, r.payments]),
      };
    case "inspections":
      return {
        columns: [
          col(c.district, "text"),
          col(c.inspector, "text"),
          col(c.visits, "count"),
          col(c.completed, "count"),
          col(c.missed, "count"),
          col(c.scheduled, "count"),
          col(c.cancelled, "count"),
        ],
        rows: report.inspections.map((r) => [
          r.district ? districtName(r.district) : "",
          r.inspector ?? c.unassigned,
          r.visits,
          r.completed,
          r.missed,
          r.scheduled,
          r.cancelled,
        ]),
      };
    case "appeals": {
      const total = report.appeals.total;
      return {
        columns: [
          col(c.month, "month"),
          col(c.filed, "count"),
          col(c.upheld, "count"),
          col(c.changed, "count"),
          col(c.stillOpen, "count"),
        ],
        rows: report.appeals.byMonth.map((r) => [r.month, r.filed, r.upheld, r.changed, r.open]),
        total: [total.filed, total.upheld, total.changed, total.open],
      };
    }
    case "districts":
      return {
        columns: [
          col(c.district, "text"),
          col(c.applications, "count"),
          col(c.decided, "count"),
          col(c.withinDeadline, "count"),
          col(c.share, "percent"),
          col(c.median, "days"),
          col(c.p95, "days"),
          col(c.assigned, "count"),
          col(c.refused, "count"),
          col(c.open, "count"),
        ],
        rows: report.districts.map((r) => [
          districtName(r.district),
          r.applications,
          r.decided,
          r.withinDeadline,
          share(r.withinDeadline, r.decided),
          r.median,
          r.p95,
          r.assigned,
          r.refused,
          r.open,
        ]),
      };
  }
}

/** The rows of one table in words, header first: the CSV's (the default) or the page's, by `write`. */
export function reportTableRows(
  report: ProgrammeReport,
  table: ReportTable,
  locale: AppLocale,
  districtName: (code: string) => string,
  write: CellWriter = CSV_WRITER,
): string[][] {
  const { columns, rows, total } = reportTable(report, table, locale, districtName);
  const line = (cells: CellValue[], from = 0) => cells.map((v, i) => cellText(columns[i + from]!.type, v, write));
  return [
    columns.map((col) => col.label),
    ...rows.map((r) => line(r)),
    ...(total ? [[TEXTS[locale].reports.columns.total, ...line(total, 1)]] : []),
  ];
}

export function toCsv(rows: (string | number)[][], dialect: CsvDialect = EN_DIALECT): string {
  return `\uFEFF${rows.map((r) => r.map((cell) => csvCell(cell, dialect)).join(dialect.separator)).join("\r\n")}\r\n`;
}
