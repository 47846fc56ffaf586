import { describe, expect, it } from "vitest";
import { addDays, bakuDate } from "@/kernel/calendar-date";
import { ZWhatIfRequest } from "./what-if-request";

/** The first message for each refused field, as the page shows them. */
function refused(input: Record<string, string>): Record<string, string> {
  const result = ZWhatIfRequest.safeParse(input);
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe("a what-if request", () => {
  const today = bakuDate(new Date());

  it("takes today, a past date and the figures as typed", () => {
    expect(ZWhatIfRequest.parse({ asOf: today, needCriterion: "250,50", reviewMargin: "2.5" })).toEqual({
      asOf: today,
      needCriterion: 25_050,
      reviewMargin: 250,
    });
    expect(refused({ asOf: "2025-01-31", needCriterion: "300", reviewMargin: "0" })).toEqual({});
  });

  it("refuses empty fields as empty, each of them, not as badly written", () => {
    expect(refused({ asOf: "", needCriterion: " ", reviewMargin: "" })).toEqual({
      asOf: "errors.required",
      needCriterion: "errors.required",
      reviewMargin: "errors.required",
    });
  });

  it("refuses a date after today (in Baku): no family is decided yet then", () => {
    expect(refused({ asOf: addDays(today, 1), needCriterion: "300", reviewMargin: "2" })).toEqual({
      asOf: "whatIf.errors.dateFuture",
    });
    expect(refused({ asOf: "2030-01-01", needCriterion: "300", reviewMargin: "2" }).asOf).toBe(
      "whatIf.errors.dateFuture",
    );
    expect(refused({ asOf: "2026-02-31", needCriterion: "300", reviewMargin: "2" }).asOf).toBe("errors.dateFormat");
  });
});
