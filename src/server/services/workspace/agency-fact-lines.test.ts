import { describe, expect, it } from "vitest";
import { emptyAgencyFacts } from "@/server/integrations/agencies/agency-facts";
import { agencyFactLines } from "./agency-fact-lines";

const A = "1AB2CD3";

describe("the commission's answer on the case file", () => {
  it("carries the day an expired decision was valid until and that its re-examination is pending", () => {
    const facts = emptyAgencyFacts();
    facts.members = [
      {
        fin: A,
        statuses: [],
        disability: { degreePct: 90, childUnder18: false, pendingReexamination: true, validUntil: "2026-10-15" },
      },
    ];
    expect(agencyFactLines(facts, "disability", A)).toEqual([
      {
        kind: "disability",
        memberFin: A,
        code: null,
        values: { degreePct: 90, validUntil: "2026-10-15", pendingReexamination: true },
      },
    ]);
    expect(agencyFactLines(facts, "population", A)).toEqual([]);
  });
});
