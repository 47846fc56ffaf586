import { describe, expect, it } from "vitest";
import { parseDottedDate } from "@/lib/i18n/date-input";
import { ZAuditLogFilter } from "./audit";

// The audit page hands the filter a typed day as ISO when it is a calendar day, else as typed.
const asTyped = (text: string) => parseDottedDate(text) ?? text;

describe("the audit log's filter", () => {
  it("refuses a day that is not on the calendar with the staff forms' date message, not 'data not valid'", () => {
    for (const typed of ["31.02.2026", "2026-02-30", "32.01.2026", "1.2026"]) {
      const parsed = ZAuditLogFilter.safeParse({ from: asTyped(typed) });
      expect(parsed.success, typed).toBe(false);
      expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["from", "errors.dateFormat"]]);
    }
  });

  it("takes a registration number in any letter case, as it is stored", () => {
    expect(ZAuditLogFilter.parse({ registrationNumber: " vem-2026-000003 " })).toEqual({
      registrationNumber: "VEM-2026-000003",
    });
  });

  it("takes a real day typed as dd.mm.yyyy", () => {
    expect(ZAuditLogFilter.parse({ from: asTyped("28.02.2026"), to: asTyped("01.03.2026") })).toMatchObject({
      from: "2026-02-28",
      to: "2026-03-01",
    });
  });
});
