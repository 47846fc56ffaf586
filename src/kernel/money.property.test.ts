import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAzn } from "./money";

// formatAzn groups manat by slicing; the look-ahead regex it replaced is the reference here.
const byRegex = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

describe("amounts in manat", () => {
  it("group thousands exactly as the look-ahead regex did, in every language and sign", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.maxSafeInteger()), (qepik) => {
        const abs = Math.abs(qepik);
        const manat = Math.floor(abs / 100);
        const cents = String(abs % 100).padStart(2, "0");
        const sign = qepik < 0 ? "−" : "";
        expect(formatAzn(qepik, "en")).toBe(`${sign}AZN ${byRegex(manat, ",")}.${cents}`);
        expect(formatAzn(qepik, "az")).toBe(`${sign}${byRegex(manat, "\u00a0")},${cents} manat`);
        expect(formatAzn(qepik, "ru")).toBe(`${sign}${byRegex(manat, "\u00a0")},${cents} манат`);
      }),
      { numRuns: 3000 },
    );
  });
});
