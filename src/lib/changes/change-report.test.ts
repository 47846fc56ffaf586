import { describe, expect, it } from "vitest";
import { changeDateProblem, ZReportChangeRequest } from "./change-report";

describe("the day of a reported change", () => {
  const today = "2026-06-10";

  it("asks for the date when none is given, and for a real one when the day typed is not on the calendar", () => {
    expect(changeDateProblem("", today)).toBe("changeDateFormat");
    expect(changeDateProblem("  ", today)).toBe("changeDateFormat");
    // What the date field hands on for 31.02.2026 (not a day, so kept as typed) and for a half-typed day.
    expect(changeDateProblem("31.02.2026", today)).toBe("dateFormat");
    expect(changeDateProblem("2026-02-31", today)).toBe("dateFormat");
    expect(changeDateProblem("12.05", today)).toBe("dateFormat");
    expect(changeDateProblem("2026-06-11", today)).toBe("changeDateFuture");
    expect(changeDateProblem("2026-06-10", today)).toBeNull();
  });

  it("is refused by the server's schema with the same keys", () => {
    const messageFor = (changedOn: string) =>
      ZReportChangeRequest.safeParse({
        applicationId: "a1",
        changedOn,
        change: { kind: "MEMBER_LEFT", memberFin: "7QWE3RT" },
      }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(messageFor("")).toEqual([["changedOn", "errors.changeDateFormat"]]);
    expect(messageFor("2026-02-31")).toEqual([["changedOn", "errors.dateFormat"]]);
    expect(messageFor("2026-02-28")).toBeUndefined();
  });
});
