import { describe, expect, it } from "vitest";
import { reportedChangeSubject } from "./reported-change";

// A member who left is removed from the family once the change is applied: the pages and the letter name them by the
// name stored with the report, and a report stored before the name was still reads (by the family on file, or FIN).

const family = [{ fin: "5ABC12D", firstName: "Aynur", lastName: "Məmmədova" }];

describe("reportedChangeSubject", () => {
  it("names a member who left by the name stored with the report, though they are no longer on file", () => {
    const details = { kind: "MEMBER_LEFT", memberFin: "7QWE3RT", memberName: "Rauf Məmmədov" };
    expect(reportedChangeSubject(details, family)).toEqual({
      member: "Rauf Məmmədov",
      monthlyQepik: null,
      address: null,
    });
  });

  it("reads a report stored without the name: the family on file, else the FIN", () => {
    expect(reportedChangeSubject({ kind: "MEMBER_LEFT", memberFin: "7QWE3RT" }, family).member).toBe("7QWE3RT");
    expect(
      reportedChangeSubject({ kind: "INCOME_LOST", memberFin: "5ABC12D", type: "WAGE", registered: false }, family)
        .member,
    ).toBe("Aynur Məmmədova");
    // A blank stored name is no name.
    expect(reportedChangeSubject({ kind: "MEMBER_LEFT", memberFin: "7QWE3RT", memberName: " " }, family).member).toBe(
      "7QWE3RT",
    );
  });
});
