import { describe, expect, it } from "vitest";
import { dateHintExample, formatDottedDate, maskDottedDate, parseDottedDate, typedDateValue } from "./date-input";

describe("the dd.mm.yyyy date field", () => {
  it("puts the dots in as digits are typed and ignores anything else", () => {
    expect(maskDottedDate("1")).toBe("1");
    expect(maskDottedDate("14")).toBe("14");
    expect(maskDottedDate("140")).toBe("14.0");
    expect(maskDottedDate("1405")).toBe("14.05");
    expect(maskDottedDate("14051988")).toBe("14.05.1988");
    expect(maskDottedDate("14/05/1988x")).toBe("14.05.1988");
    expect(maskDottedDate("1405198899")).toBe("14.05.1988");
    expect(maskDottedDate("")).toBe("");
  });

  it("reads a complete day as the ISO date the server keeps, and an ISO date as it is", () => {
    expect(parseDottedDate("14.05.1988")).toBe("1988-05-14");
    expect(parseDottedDate(" 4.5.1988 ")).toBe("1988-05-04");
    expect(parseDottedDate("29.02.2024")).toBe("2024-02-29");
    expect(parseDottedDate("1988-05-14")).toBe("1988-05-14");
  });

  it("refuses what is not a calendar day", () => {
    expect(parseDottedDate("29.02.2023")).toBeNull();
    expect(parseDottedDate("31.04.2020")).toBeNull();
    expect(parseDottedDate("14.13.1988")).toBeNull();
    expect(parseDottedDate("14.05")).toBeNull();
    expect(parseDottedDate("05/14/88")).toBeNull();
    expect(parseDottedDate("")).toBeNull();
  });

  it("shows an ISO date as dd.mm.yyyy and a date still being typed as it is", () => {
    expect(formatDottedDate("1988-05-14")).toBe("14.05.1988");
    expect(formatDottedDate("14.0")).toBe("14.0");
    expect(formatDottedDate("")).toBe("");
  });
});

describe("typedDateValue", () => {
  it("reads a day typed or pasted in any of the ways people write it, and keeps a partial one as typed", () => {
    expect(typedDateValue("14.05.1988")).toBe("1988-05-14");
    expect(typedDateValue("14051988")).toBe("1988-05-14");
    expect(typedDateValue("1988-05-14")).toBe("1988-05-14");
    expect(typedDateValue("1405")).toBe("14.05");
    expect(typedDateValue("31023000")).toBe("31.02.3000");
  });

  it("gives a field that is not a birth date an example near the page's today, typed as the field reads it", () => {
    expect(dateHintExample({ today: "2026-12-07" })).toBe("07.12.2026");
    expect(dateHintExample({ today: "2027-01-01" })).toBe("01.01.2027");
    // A page without its today gives the year: the 1st of March of it.
    expect(dateHintExample({ year: 2026 })).toBe("01.03.2026");
    // What the example reads back as is a real day, in the field's own form.
    expect(parseDottedDate(dateHintExample({ year: 2027 }))).toBe("2027-03-01");
  });
});
