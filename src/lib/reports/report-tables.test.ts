import { describe, expect, it } from "vitest";
import { csvCell, csvDialect, csvWriter, toCsv } from "./report-tables";
import { workingDayTable } from "@/server/services/reports/read-programme-report";

describe("the reports' CSV", () => {
  it("quotes what needs quoting and makes formula-looking text inert", () => {
    expect(csvCell(12)).toBe("12");
    expect(csvCell("Median, working days")).toBe('"Median, working days"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
    expect(
      toCsv([
        ["a", 1],
        ["b", 2],
      ]),
    ).toBe("\uFEFFa,1\r\nb,2\r\n");
  });
  it("follows the spreadsheet of the reader's language: ';' and a decimal comma in az and ru, ',' and a point in en", () => {
    for (const locale of ["az", "ru"] as const) {
      const dialect = csvDialect(locale);
      const money = csvWriter(dialect).number(302239.05, 2);
      expect(money).toBe("302239,05");
      expect(toCsv([["Ödənilib, AZN", money]], dialect)).toBe("\uFEFFÖdənilib, AZN;302239,05\r\n");
      expect(csvCell("a;b", dialect)).toBe('"a;b"');
    }
    expect(csvWriter(csvDialect("en")).number(60, 1)).toBe("60.0");
    expect(csvWriter(csvDialect("ru")).number(1200)).toBe("1200");
  });
});

describe("the working-day table", () => {
  it("counts working days on the calendar given: a weekend and an entered day off are skipped", () => {
    const calendar = {
      coveredYears: [2026],
      entries: [{ date: "2026-03-09", kind: "TRANSFERRED_DAY_OFF" as const, name: "x", legalReference: "x" }],
    };
    const wd = workingDayTable("2026-03-06", "2026-03-11", calendar);
    expect(wd.days).toEqual(["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11"]);
    expect(wd.working).toEqual([true, false, false, false, true, true]);
    expect(wd.ordinals).toEqual([1, 1, 1, 1, 2, 3]);
  });
});
