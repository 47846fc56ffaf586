import { describe, expect, it } from "vitest";
import { formatAzDate } from "./az-format";
import { onTwentyFourHourClock } from "./clock";

// The family's timeline shows a visit's half-day ("09:00–13:00") beside the time of each entry: one clock for both.
const afternoon = new Date("2026-03-03T11:05:00Z"); // 15:05 in Baku
const midnight = new Date("2026-03-03T20:05:00Z"); // 00:05 the next day in Baku

describe("the time of day", () => {
  it("is on the 24-hour clock in English, Russian and Azerbaijani", () => {
    const options = onTwentyFourHourClock({
      dateStyle: "medium" as const,
      timeStyle: "short" as const,
      timeZone: "Asia/Baku",
    });
    expect(new Intl.DateTimeFormat("en", options).format(afternoon)).toBe("Mar 3, 2026, 15:05");
    expect(new Intl.DateTimeFormat("en", options).format(midnight)).toBe("Mar 4, 2026, 00:05");
    expect(new Intl.DateTimeFormat("ru", options).format(afternoon)).toMatch(/15:05$/);
    expect(formatAzDate(afternoon, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Baku" })).toBe(
      "3 mar 2026, 15:05",
    );
    const seconds = onTwentyFourHourClock({ timeStyle: "medium" as const, timeZone: "Asia/Baku" });
    expect(new Intl.DateTimeFormat("en", seconds).format(afternoon)).toBe("15:05:00");
  });
  it("leaves a date without a time as it is", () => {
    expect(onTwentyFourHourClock({ dateStyle: "long" as const, timeZone: "Asia/Baku" })).toEqual({
      dateStyle: "long",
      timeZone: "Asia/Baku",
    });
  });
});
