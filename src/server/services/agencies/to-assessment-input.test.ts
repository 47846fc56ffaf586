import { describe, expect, it } from "vitest";
import { emptyAgencyFacts } from "@/server/integrations/agencies/agency-facts";
import { toAssessmentInput, type CaseFrame } from "./to-assessment-input";

const A = "1AB2CD3";
const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
const frame: CaseFrame = {
  applicationDate: "2026-01-15",
  address: { id: "ADDR-1" },
  representativeFin: A,
  months,
  members: [{ fin: A, birthDate: "1980-01-01", relation: "APPLICANT", declaredFacts: {} }],
  declaredIncomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 20_000 }],
  answered: () => true,
};

describe("the engine's input from the agencies' facts and the e-application", () => {
  it("passes what the family declared as income beyond the registers, beside the register's wage of the same type", () => {
    const facts = emptyAgencyFacts();
    facts.incomes = months.map((month) => ({
      memberFin: A,
      type: "WAGE" as const,
      month,
      amountQepik: 50_000,
      source: "AGENCY:labour" as const,
    }));
    const incomes = toAssessmentInput(facts, frame).incomes ?? [];
    const declared = incomes.filter((i) => i.source === "DECLARED");
    expect(declared).toHaveLength(12);
    // Without the flag the engine would read 200 AZN as the whole wage against the register's 500: a false declaration.
    expect(declared.every((i) => i.beyondRegisters === true && i.type === "WAGE" && i.amountQepik === 20_000)).toBe(
      true,
    );
    expect(incomes.filter((i) => i.source === "AGENCY:LABOUR_CONTRACTS")).toHaveLength(12);
  });

  it("names an agency that did not answer once, however many members it did not answer for", () => {
    const B = "2BC3DE4";
    const facts = emptyAgencyFacts();
    facts.missingData = [A, B].flatMap((memberFin) => [
      { agency: "disability" as const, memberFin, reason: "UNAVAILABLE" as const, detail: "CIRCUIT_OPEN" },
      { agency: "pensions" as const, memberFin, reason: "UNAVAILABLE" as const, detail: "CIRCUIT_OPEN" },
    ]);
    const twoMembers: CaseFrame = {
      ...frame,
      members: [...frame.members, { fin: B, birthDate: "1982-01-01", relation: "SPOUSE", declaredFacts: {} }],
    };
    expect(toAssessmentInput(facts, twoMembers).unobtainedData?.map((u) => u.agency)).toHaveLength(2);
  });

  it("leaves out a job offer refused after the application date, which the engine's input would refuse as later", () => {
    const facts = emptyAgencyFacts();
    const offer = { memberFin: A, outcome: "REFUSED" as const, suitable: true, source: "AGENCY:employment" as const };
    facts.jobOffers = [
      { ...offer, offerId: "JO-1", date: "2026-01-15" },
      { ...offer, offerId: "JO-2", date: "2026-01-16" },
    ];
    expect(toAssessmentInput(facts, frame).jobOfferRefusals?.map((r) => r.offerRef)).toEqual(["JO-1"]);
  });
});
