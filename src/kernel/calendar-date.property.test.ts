import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageInMonthsOn, daysInMonth, isIsoDate, parseIsoDate } from "./calendar-date";

// parseIsoDate reads dates by character codes; the regular expression it replaced is the reference here.
function byRegex(text: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ? null : { year, month, day };
}

const dateLike = fc
  .array(fc.constantFrom(..."0123456789-", "0", "1", "2", "3", "9", "a", " ", "\n", "٣", "+"), { maxLength: 12 })
  .map((chars) => chars.join(""));
const nearDate = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const validDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendar dates read by character codes", () => {
  it("parse exactly the texts the regular expression parses, to the same date", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, nearDate, fc.string({ maxLength: 11 })), (text) => {
        expect(parseIsoDate(text)).toEqual(byRegex(text));
        expect(isIsoDate(text)).toBe(byRegex(text) !== null);
      }),
      { numRuns: 5000 },
    );
  });

  it("count completed months of age as the civil dates say", () => {
    fc.assert(
      fc.property(validDate, validDate, (birth, on) => {
        const b = byRegex(birth)!;
        const d = byRegex(on)!;
        const months = (d.year - b.year) * 12 + (d.month - b.month) - (d.day < b.day ? 1 : 0);
        expect(ageInMonthsOn(birth, on)).toBe(months);
      }),
    );
  });

  it("refuse a text that is not a date when counting an age", () => {
    expect(() => ageInMonthsOn("2020-02-30", "2021-01-01")).toThrow(RangeError);
    expect(() => ageInMonthsOn("2020-02-01", "2021-1-01")).toThrow(RangeError);
  });
});
