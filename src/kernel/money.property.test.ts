import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAzn } from "./money";

// formatAzn groups manat by slicing (a regex was a tenth of the engine's time); the pages' Intl format is the
// reference, so a reason in a letter writes an amount as the page around it does.

describe("amounts in manat", () => {
  it("writes the number as pages do (each language's Intl format, with plain spaces) and AZN, in every sign", () => {
    const page = (locale: string, manat: number) =>
      new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        .format(manat)
        .replace(/\u00a0/g, " ");
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), (qepik) => {
        const sign = qepik < 0 ? "-" : "";
        for (const locale of ["az", "ru", "en"] as const)
          expect(formatAzn(qepik, locale)).toBe(`${sign}${page(locale, Math.abs(qepik) / 100)} AZN`);
      }),
      { numRuns: 3000 },
    );
  });

  it("groups amounts beyond what a float holds to the qəpik exactly", () => {
    expect(formatAzn(Number.MAX_SAFE_INTEGER, "en")).toBe("90,071,992,547,409.91 AZN");
    expect(formatAzn(123_456_789, "az")).toBe("1.234.567,89 AZN");
  });
});
