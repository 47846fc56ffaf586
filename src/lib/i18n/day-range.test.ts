import { describe, expect, it } from "vitest";
import { ZAuditLogFilter } from "@/server/api/routers/audit";
import { ZReportFilter } from "@/lib/reports/report-filter";
import { ZAbsenceInput } from "@/server/services/staff/record-absence";
import { searchDayParam, searchErrorKeys } from "./day-range";

// The audit log and the reports take their period the same way: read from the address by searchDayParam, checked
// by the same fields and the same end-after-start rule, refused with the same keys beside the same field.
const searches = { audit: ZAuditLogFilter, reports: ZReportFilter };
const keysOf = (schema: (typeof searches)[keyof typeof searches], from?: string, to?: string) => {
  const parsed = schema.safeParse({
    ...(from === undefined ? {} : { from: searchDayParam(from) }),
    ...(to === undefined ? {} : { to: searchDayParam(to) }),
  });
  return { data: parsed.data, errors: searchErrorKeys(parsed.error?.issues ?? [], ["from", "to"]) };
};

describe("a search's period", () => {
  it("is read from the address as typed (dd.mm.yyyy) or as older links carry it (ISO)", () => {
    expect(searchDayParam(" 01.02.2026 ")).toBe("2026-02-01");
    expect(searchDayParam(["2026-02-01", "x"])).toBe("2026-02-01");
    expect(searchDayParam("31.02.2026")).toBe("31.02.2026");
    expect(searchDayParam("  ")).toBeUndefined();
    expect(searchDayParam(undefined)).toBeUndefined();
  });

  for (const [page, schema] of Object.entries(searches)) {
    describe(`on the ${page} page`, () => {
      it("takes two days, both included, the end on the start's day too", () => {
        expect(keysOf(schema, "28.02.2026", "28.02.2026")).toMatchObject({
          data: { from: "2026-02-28", to: "2026-02-28" },
          errors: {},
        });
      });

      it("refuses a day not on the calendar with the staff date fields' message, beside its field", () => {
        expect(keysOf(schema, "31.02.2026").errors).toEqual({ from: "errors.dateFormat" });
        expect(keysOf(schema, undefined, "1.2026").errors).toEqual({ to: "errors.dateFormat" });
        // Only beside the day refused: a refused start is not also "after the end" (nor, in the reports, too long).
        expect(keysOf(schema, "31.02.2026", "06.12.2026").errors).toEqual({ from: "errors.dateFormat" });
        expect(keysOf(schema, "2026-12-06", "32.01.2026").errors).toEqual({ to: "errors.dateFormat" });
      });

      it("refuses an end before the start beside the end", () => {
        expect(keysOf(schema, "02.02.2026", "01.02.2026").errors).toEqual({ to: "errors.periodEndBeforeStart" });
      });
    });
  }

  it("on the reports page is at most 800 days long", () => {
    expect(keysOf(ZReportFilter, "01.01.2024", "31.12.2026").errors).toEqual({ to: "dayRange.periodTooLong" });
  });

  it("of an inspector's absence is refused by the same rules, in the same words", () => {
    const absence = (from: string, to: string) =>
      searchErrorKeys(
        ZAbsenceInput.safeParse({ userId: "u1", kind: "LEAVE", from: searchDayParam(from), to: searchDayParam(to) })
          .error?.issues ?? [],
        ["from", "to"],
      );
    expect(absence("02.02.2026", "01.02.2026")).toEqual({ to: "errors.periodEndBeforeStart" });
    expect(absence("31.02.2026", "01.02.2026")).toEqual({ from: "errors.dateFormat" });
    expect(absence("01.02.2026", "01.02.2026")).toEqual({});
  });
});
