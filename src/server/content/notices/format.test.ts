import { describe, expect, it } from "vitest";
import { formatAzn, formatDate } from "./format";

describe("money and dates in messages", () => {
  it("formats qəpik as manat without floating point", () => {
    expect(formatAzn(24_000, "az")).toBe("240,00 AZN");
    expect(formatAzn(5, "ru")).toBe("0,05 AZN");
    expect(formatAzn(123_456_789, "az")).toBe("1.234.567,89 AZN");
    expect(formatAzn(123_456_789, "ru")).toBe("1 234 567,89 AZN");
    expect(formatAzn(123_456_789, "en")).toBe("1,234,567.89 AZN");
    expect(formatAzn(-150, "en")).toBe("-1.50 AZN");
    expect(() => formatAzn(1.5, "en")).toThrow(RangeError);
  });

  it("writes calendar dates the way each language reads them", () => {
    expect(formatDate("2026-03-05", "az")).toBe("05.03.2026");
    expect(formatDate("2026-03-05", "ru")).toBe("05.03.2026");
    expect(formatDate("2026-03-05", "en")).toBe("5 Mar 2026");
    expect(() => formatDate("2026-02-30", "az")).toThrow(RangeError);
  });
});
