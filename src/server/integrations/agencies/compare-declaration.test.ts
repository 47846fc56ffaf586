import { describe, expect, it } from "vitest";
import { emptyAgencyFacts, type AgencyFacts } from "./agency-facts";
import { compareDeclaration, type Declaration } from "./compare-declaration";

const A = "1AB2CD3";
const B = "2BC3DE4";
const declaration = (over: Partial<Declaration> = {}): Declaration => ({
  members: [
    { fin: A, firstName: "Əli", lastName: "Məmmədov", birthDate: "1980-01-01" },
    { fin: B, firstName: "Aysel", lastName: "Məmmədova", birthDate: "1982-02-02" },
  ],
  incomes: [],
  assets: [],
  ...over,
});
function facts(over: Partial<AgencyFacts> = {}): AgencyFacts {
  const f = emptyAgencyFacts();
  f.members = [
    {
      fin: A,
      statuses: [],
      identity: {
        firstName: "Əli",
        lastName: "Məmmədov",
        patronymic: null,
        birthDate: "1980-01-01",
        sex: "M",
        citizenship: "AZE",
        districtCode: "BA",
      },
      registeredHousehold: [A, B],
    },
    {
      fin: B,
      statuses: [],
      identity: {
        firstName: "Aysel",
        lastName: "Məmmədova",
        patronymic: null,
        birthDate: "1982-02-02",
        sex: "F",
        citizenship: "AZE",
        districtCode: "BA",
      },
    },
  ];
  return { ...f, ...over };
}
const wages = (fin: string, monthly: number) =>
  Array.from({ length: 12 }, (_, i) => ({
    memberFin: fin,
    type: "WAGE" as const,
    month: `2025-${String(i + 1).padStart(2, "0")}`,
    amountQepik: monthly,
    source: "AGENCY:labour" as const,
  }));

describe("comparing the declaration with agency data", () => {
  it("does not compare income declared beyond the registers with the registers' income of the same type", () => {
    // A contract wage of 500 AZN in the register and 300 AZN of work without a contract are two incomes.
    const d = declaration({ incomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 30_000 }] });
    expect(compareDeclaration(d, facts({ incomes: wages(A, 50_000) }))).toEqual([]);
  });

  it("reports an identity mismatch and an undeclared person registered at the address, not registered income nobody asked for", () => {
    const f = facts({ incomes: wages(B, 40_000) });
    f.members[0]!.registeredHousehold = [A, B, "3CD4EF5"];
    const d = declaration();
    d.members[0]!.birthDate = "1980-01-02";
    expect(compareDeclaration(d, f)).toEqual([
      {
        memberFin: A,
        field: "identity.birthDate",
        kind: "MISMATCH",
        declared: "1980-01-02",
        verified: "1980-01-01",
        source: "AGENCY:population",
      },
      {
        memberFin: null,
        field: "household.registeredMember",
        kind: "UNDECLARED",
        declared: null,
        verified: "3CD4EF5",
        source: "AGENCY:population",
      },
    ]);
  });

  it("does not call data an agency could not give a contradiction", () => {
    const f = facts({
      missingData: [{ agency: "population", memberFin: B, reason: "UNAVAILABLE", detail: "CIRCUIT_OPEN" }],
    });
    const d = declaration();
    d.members[1]!.lastName = "Əliyeva";
    expect(compareDeclaration(d, f)).toEqual([]);
  });

  it("flags loan repayments above the registered and declared income together, and not below it", () => {
    const loan = (monthlyPaymentQepik: number) => [
      {
        memberFin: A,
        status: "ACTIVE" as const,
        monthlyPaymentQepik,
        outstandingQepik: 500_000,
        source: "AGENCY:credit-bureau" as const,
      },
    ];
    const d = declaration({ incomes: [{ memberFin: B, type: "GIFT", monthlyQepik: 10_000 }] });
    const found = compareDeclaration(d, facts({ incomes: wages(A, 20_000), loans: loan(30_001) }));
    expect(found).toEqual([
      {
        memberFin: null,
        field: "loans.monthlyRepayment",
        kind: "INCONSISTENT",
        declared: 30_000,
        verified: 30_001,
        source: "AGENCY:credit-bureau",
      },
    ]);
    expect(compareDeclaration(d, facts({ incomes: wages(A, 20_000), loans: loan(30_000) }))).toEqual([]);
  });

  it("reports a vehicle the family did not declare", () => {
    const f = facts({
      vehicles: [
        { memberFin: A, plate: "10-AA-123", relation: "OWNER", rehabilitation: false, source: "AGENCY:vehicles" },
      ],
    });
    expect(compareDeclaration(declaration(), f)).toEqual([
      {
        memberFin: null,
        field: "assets.VEHICLE",
        kind: "UNDECLARED",
        declared: 0,
        verified: 1,
        source: "AGENCY:vehicles",
      },
    ]);
  });
});
