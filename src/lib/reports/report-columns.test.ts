import { describe, expect, it } from "vitest";
import type { ProgrammeReport } from "@/server/services/reports/read-programme-report";
import {
  cellText,
  COLUMN_TYPES,
  CSV_WRITER,
  REPORT_TABLES,
  reportTable,
  reportTableRows,
  type CellWriter,
} from "./report-tables";

// Every column of every report declares what it holds, and is written by that on the page and in the CSV.

const timing = (decided: number, withinDeadline: number, median: number | null) => ({
  decided,
  withinDeadline,
  median,
  p95: median === null ? null : median + 2,
  assigned: withinDeadline,
  refused: decided - withinDeadline,
});

const report: ProgrammeReport = {
  scope: { from: "2026-02-01", to: "2026-03-31", districtCode: null },
  calendarConfirmed: true,
  calendarGap: null,
  deadlineWorkingDays: 15,
  months: ["2026-02", "2026-03"],
  statusByMonth: [
    { month: "2026-02", counts: { ASSIGNED: 1200, REFUSED: 3 }, total: 1203 },
    { month: "2026-03", counts: {}, total: 0 },
  ],
  decisions: {
    total: timing(1203, 722, 9),
    byMonth: [
      { month: "2026-02", ...timing(1203, 722, 9) },
      { month: "2026-03", ...timing(0, 0, null) },
    ],
  },
  districts: [{ district: "BAK-NASIMI", applications: 1203, open: 0, ...timing(1203, 722, 9) }],
  refusalGrounds: { refused: 3, grounds: [{ code: "MOTOR_VEHICLE", n: 2 }] },
  payments: [{ month: "2026-02", families: 1200, plannedQepik: 30_223_905, paidQepik: 100, payments: 1 }],
  inspections: [
    {
      inspectorId: "u1",
      inspector: "Aysel M.",
      district: "BAK-NASIMI",
      visits: 5,
      completed: 3,
      missed: 1,
      scheduled: 1,
      cancelled: 0,
    },
    {
      inspectorId: null,
      inspector: null,
      district: null,
      visits: 1,
      completed: 0,
      missed: 0,
      scheduled: 1,
      cancelled: 0,
    },
  ],
  appeals: {
    total: { filed: 2, open: 1, upheld: 1, changed: 0 },
    byMonth: [{ month: "2026-02", filed: 2, open: 1, upheld: 1, changed: 0 }],
  },
};
const names = (code: string) => (code === "BAK-NASIMI" ? "Nəsimi" : code);

// The page's writer in Azerbaijani, as next-intl's formatter writes numbers and months there.
const az: CellWriter = {
  month: (ym) =>
    new Date(`${ym}-01T00:00:00Z`).toLocaleDateString("az", { month: "long", year: "numeric", timeZone: "UTC" }),
  number: (n, digits) =>
    n.toLocaleString(
      "az",
      digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    ),
};

describe("the report tables' columns", () => {
  it("each declare a type, and every cell holds what its column's type says", () => {
    for (const table of REPORT_TABLES) {
      const { columns, rows, total } = reportTable(report, table, "en", names);
      for (const column of columns) expect(COLUMN_TYPES, `${table}: ${column.label}`).toContain(column.type);
      // The totals row's first cell is the word "Total", whatever its column holds.
      const lines = [...rows.map((cells) => ({ cells, from: 0 })), ...(total ? [{ cells: total, from: 1 }] : [])];
      for (const { cells, from } of lines) {
        expect(cells.length + from, table).toBe(columns.length);
        cells.forEach((value, i) => {
          const { type, label } = columns[i + from]!;
          if (value === null) return expect(["days", "percent"], `${table}: ${label}`).toContain(type);
          if (type === "month") return expect(value, `${table}: ${label}`).toMatch(/^\d{4}-\d{2}$/);
          if (type === "text") return expect(typeof value, `${table}: ${label}`).toBe("string");
          expect(typeof value, `${table}: ${label}`).toBe("number");
          if (type === "count" || type === "money") expect(Number.isInteger(value), `${table}: ${label}`).toBe(true);
        });
      }
    }
  });

  it("writes money as manat with two decimals, a share with one, and a month by name on the page", () => {
    const payments = reportTableRows(report, "payments", "az", names, az);
    expect(payments[1]).toEqual([az.month("2026-02"), "1.200", "302.239,05", "1,00", "1"]);
    expect(reportTableRows(report, "deadline", "en", names, az)[1]?.[3]).toBe("60,0");
    // No decision: no share and no median, not a zero.
    expect(reportTableRows(report, "deadline", "en", names, az)[2]?.slice(3)).toEqual(["", "", ""]);
    expect(reportTableRows(report, "deadline", "en", names, az)[3]?.[0]).toBe("Total");
  });

  it("keeps the CSV's figures plain whatever the language", () => {
    expect(reportTableRows(report, "payments", "ru", names)[1]).toEqual(["2026-02", "1200", "302239.05", "1.00", "1"]);
    expect(reportTableRows(report, "grounds", "en", names)[1]).toEqual(["A motor vehicle owned or used", "2", "66.7"]);
    expect(reportTableRows(report, "inspections", "en", names)[2]).toEqual([
      "",
      "No inspector",
      "1",
      "0",
      "0",
      "1",
      "0",
    ]);
  });

  it("refuses a value of the wrong kind instead of guessing", () => {
    expect(() => cellText("money", "3022.39", CSV_WRITER)).toThrow(TypeError);
    expect(() => cellText("month", 202602, CSV_WRITER)).toThrow(TypeError);
  });
});
