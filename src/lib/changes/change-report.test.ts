import { describe, expect, it } from "vitest";
import { DECLARABLE_INCOME_TYPES } from "@/lib/wizard/draft-limits";
import changesAz from "@/messages/changes/az.json" with { type: "json" };
import changesEn from "@/messages/changes/en.json" with { type: "json" };
import changesRu from "@/messages/changes/ru.json" with { type: "json" };
import az from "@/messages/az.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import ru from "@/messages/ru.json" with { type: "json" };
import {
  changeDateProblem,
  incomeLabelKey,
  joinedBirthDateProblem,
  REGISTERED_INCOME_TYPES,
  reportedIncome,
  ZChangeDetails,
  ZReportChangeRequest,
  ZStoredChangeDetails,
} from "./change-report";

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
        registered: true,
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
    expect(joinedBirthDateProblem("1900-01-01", today, today)).toBe("birthDateTooOld");
    // 121 on the day if born on 1905-06-10, 120 if a day later.
    expect(joinedBirthDateProblem("1905-06-10", today, today)).toBe("birthDateTooOld");
    expect(joinedBirthDateProblem("1905-06-11", today, today)).toBeNull();
    expect(joinedBirthDateProblem("2026-06-10", today, today)).toBeNull();
    expect(joinedBirthDateProblem("2026-06-11", today, today)).toBe("birthDateFuture");
    // No date at all is the schema's to say (errors.birthDateFormat).
    expect(joinedBirthDateProblem("31.02.2026", today, today)).toBeNull();
    expect(joinedBirthDateProblem("", today, today)).toBeNull();
  });

  it("refuses a joining member born after the day they joined, unless that day is not a date yet", () => {
    const today = "2026-12-07";
    expect(joinedBirthDateProblem("2026-12-05", today, "2026-12-03")).toBe("birthDateAfterChange");
    expect(joinedBirthDateProblem("2026-12-03", today, "2026-12-03")).toBeNull();
    expect(joinedBirthDateProblem("2026-12-01", today, "2026-12-03")).toBeNull();
    // The day of the change typed wrong or left empty is that field's error alone.
    expect(joinedBirthDateProblem("2026-12-05", today, "")).toBeNull();
    expect(joinedBirthDateProblem("2026-12-05", today, "03.12")).toBeNull();
    // A date in the future says so, whatever the day of the change.
    expect(joinedBirthDateProblem("2026-12-08", today, "2026-12-03")).toBe("birthDateFuture");
  });
});

describe("an income reported gained or lost: held by a register or not", () => {
  const issues = (schema: typeof ZChangeDetails | typeof ZStoredChangeDetails, change: object) =>
    schema.safeParse(change).error?.issues.map((i) => [i.path.join("."), i.message]);
  const job = { kind: "INCOME_GAINED", memberFin: "7QWE3RT", type: "WAGE", monthlyQepik: 40_000 };

  it("asks every report made now whether a register holds it: a job with a labour contract or work without one", () => {
    expect(issues(ZChangeDetails, job)).toEqual([["registered", "errors.required"]]);
    expect(issues(ZChangeDetails, { ...job, registered: true })).toBeUndefined();
    expect(issues(ZChangeDetails, { ...job, registered: false })).toBeUndefined();
    expect(issues(ZChangeDetails, { kind: "INCOME_LOST", memberFin: "7QWE3RT", type: "ALIMONY" })).toEqual([
      ["registered", "errors.required"],
    ]);
  });

  it("takes as a register's only the kinds a register holds: a labour contract, a business registered for tax, alimony by a court or a notary", () => {
    expect(REGISTERED_INCOME_TYPES).toEqual(["WAGE", "ENTREPRENEURIAL", "ALIMONY"]);
    for (const type of DECLARABLE_INCOME_TYPES) {
      const refused = issues(ZChangeDetails, { ...job, type, registered: true });
      expect(refused, type).toEqual(
        (REGISTERED_INCOME_TYPES as readonly string[]).includes(type) ? undefined : [["type", "errors.invalidInput"]],
      );
      expect(issues(ZChangeDetails, { ...job, type, registered: false }), type).toBeUndefined();
    }
  });

  it("still reads a report stored before the form asked, whose 'Wages' may have been either", () => {
    expect(issues(ZStoredChangeDetails, job)).toBeUndefined();
    expect(ZStoredChangeDetails.parse(job)).not.toHaveProperty("registered");
    expect(reportedIncome(job)).toEqual({ type: "WAGE" });
    expect(reportedIncome({ ...job, registered: true })).toEqual({ type: "WAGE", registered: true });
    expect(reportedIncome({ kind: "MEMBER_LEFT", memberFin: "7QWE3RT" })).toBeNull();
  });

  it("names the income as the family chose it, and an earlier report in the words it had then", () => {
    expect(incomeLabelKey({ type: "WAGE", registered: true })).toBe("registeredIncomeTypes.WAGE");
    expect(incomeLabelKey({ type: "WAGE", registered: false })).toBe("incomeTypes.WAGE");
    expect(incomeLabelKey({ type: "WAGE" })).toBe("earlierIncomeTypes.WAGE");
    // No register holds a gift: an earlier report of one meant the same as now.
    expect(incomeLabelKey({ type: "GIFT" })).toBe("incomeTypes.GIFT");
  });

  it("reads the kinds no register holds in the wizard's words, in each language, and has a label for every choice", () => {
    const catalogs = [
      [changesAz.changes, az],
      [changesRu.changes, ru],
      [changesEn.changes, en],
    ] as const;
    for (const [changes, main] of catalogs) {
      expect(changes.incomeTypes).toEqual(main.wizard.declarations.types);
      expect(Object.keys(changes.registeredIncomeTypes)).toEqual([...REGISTERED_INCOME_TYPES]);
      expect(Object.keys(changes.earlierIncomeTypes)).toEqual([...REGISTERED_INCOME_TYPES]);
      // A register's job is never read as work without a contract.
      for (const type of REGISTERED_INCOME_TYPES)
        expect(changes.registeredIncomeTypes[type]).not.toBe(changes.incomeTypes[type]);
    }
    expect(changesEn.changes.incomeTypes.WAGE).toBe("Work without a labour contract");
    expect(changesEn.changes.registeredIncomeTypes.WAGE).toBe("A job with a labour contract");
  });
});
