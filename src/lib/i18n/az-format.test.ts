import { describe, expect, it } from "vitest";
import { formatAzDate, formatAzNumber } from "./az-format";

// Node carries the full CLDR data: the reference these must match, so server and browser print the same.
const node = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("az", options);

describe("Azerbaijani dates without the browser's locale data", () => {
  const dates = Array.from(
    { length: 40 },
    (_, i) => new Date(Date.UTC(2026, 0, 1 + i * 9, (i * 7) % 24, (i * 13) % 60)),
  );

  it.each(["full", "long", "medium"] as const)(
    "match Node's %s date, with and without the time, in Baku and in UTC",
    (dateStyle) => {
      for (const date of dates) {
        for (const timeZone of ["Asia/Baku", "UTC"]) {
          expect(formatAzDate(date, { dateStyle, timeZone })).toBe(node({ dateStyle, timeZone }).format(date));
          expect(formatAzDate(date, { dateStyle, timeStyle: "short", timeZone })).toBe(
            node({ dateStyle, timeStyle: "short", timeZone }).format(date),
          );
        }
      }
    },
  );

  it("match Node's time with seconds (a sign-in code's resend line), alone and after a date", () => {
    const withSeconds = dates.map((d, i) => new Date(d.getTime() + ((i * 17) % 60) * 1000));
    for (const date of withSeconds) {
      expect(formatAzDate(date, { timeStyle: "medium", timeZone: "Asia/Baku" })).toBe(
        node({ timeStyle: "medium", timeZone: "Asia/Baku" }).format(date),
      );
      expect(formatAzDate(date, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })).toBe(
        node({ dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(date),
      );
    }
  });

  it("match Node's short weekday and day-and-month, a calendar's column header", () => {
    for (const date of dates) {
      expect(formatAzDate(date, { weekday: "short", timeZone: "UTC" })).toBe(
        node({ weekday: "short", timeZone: "UTC" }).format(date),
      );
      expect(formatAzDate(date, { day: "numeric", month: "short", timeZone: "UTC" })).toBe(
        node({ day: "numeric", month: "short", timeZone: "UTC" }).format(date),
      );
    }
  });

  it("reads the day in the time zone given: late evening in UTC is already the next day in Baku", () => {
    expect(formatAzDate(new Date("2026-12-31T21:30:00Z"), { dateStyle: "long", timeZone: "Asia/Baku" })).toBe(
      "1 yanvar 2027",
    );
  });
});

describe("Azerbaijani numbers without the browser's locale data", () => {
  it.each([0, 5, 12.5, 1234.5, 1234567.891, -42.1])("match Node's for %d", (value) => {
    expect(formatAzNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).toBe(
      new Intl.NumberFormat("az", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
    );
    expect(formatAzNumber(value)).toBe(new Intl.NumberFormat("az").format(value));
  });
});
