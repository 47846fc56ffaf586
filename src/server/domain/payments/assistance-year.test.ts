import { describe, expect, it } from "vitest";
import {
  activeStop,
  assignmentEnded,
  monthView,
  periodEndingNoticeDue,
  periodEndingNoticeOn,
  planResumption,
  renewalOffered,
  type MonthRow,
} from "./assistance-year";
import type { EntitlementStatus } from "./schedule";

const months = [
  "2026-03",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-07",
  "2026-08",
  "2026-09",
  "2026-10",
  "2026-11",
  "2026-12",
  "2027-01",
  "2027-02",
];
const year = (statuses: EntitlementStatus[]): MonthRow[] =>
  months.map((month, i) => ({ month, amountQepik: 40_000, status: statuses[i] ?? "PLANNED", withdrawn: false }));
const C = "CREDITED" as const;
const S = "STOPPED" as const;
const P = "PLANNED" as const;

describe("a month in words", () => {
  it("tells a credited month from a withdrawn one, and an ordered month is sent", () => {
    expect(monthView({ status: "CREDITED", withdrawn: true })).toBe("WITHDRAWN");
    expect(monthView({ status: "CREDITED", withdrawn: false })).toBe("CREDITED");
    expect(monthView({ status: "ORDERED", withdrawn: false })).toBe("SENT");
    expect(monthView({ status: "REJECTED", withdrawn: false })).toBe("NOT_PAID");
    expect(
      ["PLANNED", "STOPPED", "CANCELLED"].map((status) =>
        monthView({ status: status as EntitlementStatus, withdrawn: false }),
      ),
    ).toEqual(["PLANNED", "STOPPED", "CANCELLED"]);
  });
});

describe("the stop the family may lift", () => {
  it("is the first month of the latest run of stopped months", () => {
    expect(activeStop(year([C, C, C, S, S, S, S, S, S, S, S, S]), null)).toBe("2026-06");
    expect(activeStop(year([C, C, C]), null)).toBeNull();
  });

  it("ignores the months left stopped before a resumption, and sees a new stop after it", () => {
    const resumed = year([C, C, C, S, P, P, P, P, P, P, P, P]);
    expect(activeStop(resumed, "2026-07")).toBeNull();
    expect(activeStop(year([C, C, C, S, C, C, S, S, S, S, S, S]), "2026-07")).toBe("2026-09");
  });

  it("when the payroll marks only the month it stops, later months still planned", () => {
    expect(activeStop(year([C, C, C, S, P, P, P, P, P, P, P, P]), null)).toBe("2026-06");
  });
});

describe("resuming", () => {
  const stopped = year([C, C, C, S, S, S, S, S, S, S, S, S]);

  it("pays from the month after the request, never the stopped months before it (no back pay)", () => {
    expect(planResumption(stopped, null, "2026-08", "2027-02")).toEqual({
      kind: "RESUME",
      stoppedFrom: "2026-06",
      resumeFrom: "2026-09",
      months: ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"],
    });
  });

  it("a request in the stop's first month resumes from the next month", () => {
    expect(planResumption(stopped, null, "2026-06", "2027-02")).toMatchObject({
      kind: "RESUME",
      resumeFrom: "2026-07",
    });
  });

  it("a request in the period's last month resumes nothing", () => {
    expect(planResumption(stopped, null, "2027-02", "2027-02")).toEqual({
      kind: "PERIOD_ENDING",
      stoppedFrom: "2026-06",
    });
  });

  it("without a stop there is nothing to resume", () => {
    expect(planResumption(year([C, C]), null, "2026-06", "2027-02")).toEqual({ kind: "NOT_STOPPED" });
  });
});

describe("the end of the period", () => {
  it("is told a month before the last day, until the last day", () => {
    expect(periodEndingNoticeOn("2027-02-28")).toBe("2027-01-28");
    expect(periodEndingNoticeOn("2027-03-31")).toBe("2027-02-28");
    expect(periodEndingNoticeDue("2027-02-28", "2027-01-27")).toBe(false);
    expect(periodEndingNoticeDue("2027-02-28", "2027-01-28")).toBe(true);
    expect(periodEndingNoticeDue("2027-02-28", "2027-02-28")).toBe(true);
    expect(periodEndingNoticeDue("2027-02-28", "2027-03-01")).toBe(false);
  });

  it("offers renewal from the notice's day on, after the period too", () => {
    expect(renewalOffered("2027-02-28", "2027-01-27")).toBe(false);
    expect(renewalOffered("2027-02-28", "2027-01-28")).toBe(true);
    expect(renewalOffered("2027-02-28", "2027-05-01")).toBe(true);
  });

  it("the assignment ends with its last month's payment, or when the period has passed", () => {
    const all = (last: EntitlementStatus) => year([C, C, C, C, C, C, C, C, C, C, C, last]);
    expect(assignmentEnded("2027-02-28", all("ORDERED"), "2027-02-10")).toBe(false);
    expect(assignmentEnded("2027-02-28", all("CREDITED"), "2027-02-10")).toBe(true);
    expect(assignmentEnded("2027-02-28", all("ORDERED"), "2027-03-01")).toBe(true);
  });
});
