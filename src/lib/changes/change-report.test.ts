import { describe, expect, it } from "vitest";
import { changeDateProblem, joinedBirthDateProblem, ZChangeDetails, ZReportChangeRequest } from "./change-report";

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

describe("a reported change's figures and people", () => {
  it("refuses a negative income as negative and any other bad figure as not an amount", () => {
    const messageFor = (monthlyQepik: number) =>
      ZChangeDetails.safeParse({
        kind: "INCOME_GAINED",
        memberFin: "7QWE3RT",
        type: "WAGE",
        monthlyQepik,
      }).error?.issues.map((i) => [i.path.join("."), i.message]);
    // What the form sends for "-5" (typedSignedQepik), for "0" and for "abc".
    expect(messageFor(-500)).toEqual([["monthlyQepik", "errors.amountNegative"]]);
    expect(messageFor(0)).toEqual([["monthlyQepik", "errors.amountFormat"]]);
    expect(messageFor(Number.NaN)).toEqual([["monthlyQepik", "errors.amountFormat"]]);
    expect(messageFor(15_000)).toBeUndefined();
  });

  it("refuses a joining member's birth date in the future or over 120 years back, as the wizard does", () => {
    const today = "2026-06-10";
    expect(joinedBirthDateProblem("1900-01-01", today)).toBe("birthDateTooOld");
    // 121 on the day if born on 1905-06-10, 120 if a day later.
    expect(joinedBirthDateProblem("1905-06-10", today)).toBe("birthDateTooOld");
    expect(joinedBirthDateProblem("1905-06-11", today)).toBeNull();
    expect(joinedBirthDateProblem("2026-06-10", today)).toBeNull();
    expect(joinedBirthDateProblem("2026-06-11", today)).toBe("birthDateFuture");
    // No date at all is the schema's to say (errors.birthDateFormat).
    expect(joinedBirthDateProblem("31.02.2026", today)).toBeNull();
    expect(joinedBirthDateProblem("", today)).toBeNull();
  });
});
