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
    { fin: A, statuses: [], identity: { firstName: "Əli", lastName: "Məmmədov", patronymic: null, birthDate: "1980-01-01", sex: "M", citizenship: "AZE", districtCode: "BA" }, registeredHousehold: [A, B] },
    { fin: B, statuses: [], identity: { firstName: "Aysel", lastName: "Məmmədova", patronymic: null, birthDate: "1982-02-02", sex: "F", citizenship: "AZE", districtCode: "BA" } },
  ];
  return { ...f, ...over };
}
const wages = (fin: string, monthly: number) =>
  Array.from({ length: 12 }, (_, i) => ({ memberFin: fin, type: "WAGE" as const, month: `2025-${String(i + 1).padStart(2, "0")}`, amountQepik: monthly, source: "AGENCY:labour" as const }));

describe("comparing the declaration with agency data", () => {
  it("finds nothing when they agree (within tolerance)", () => {
    const d = declaration({ incomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 50_500 }] });
    expect(compareDeclaration(d, facts({ incomes: wages(A, 50_000) }))).toEqual([]);
  });

  it("reports an income declared lower than the register's, per member and field", () => {
    const d = declaration({ incomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 30_000 }] });
    expect(compareDeclaration(d, facts({ incomes: wages(A, 50_000) }))).toEqual([
      { memberFin: A, field: "income.WAGE", kind: "MISMATCH", declared: 30_000, verified: 50_000, source: "AGENCY:labour" },
    ]);
  });

  it("reports undeclared income and an identity mismatch, and an undeclared person registered at the address", () => {
    const f = facts({ incomes: wages(B, 40_000) });
    f.members[0]!.registeredHousehold = [A, B, "3CD4EF5"];
    const d = declaration();
    d.members[0]!.birthDate = "1980-01-02";
    const found = compareDeclaration(d, f);
    expect(found).toContainEqual({ memberFin: A, field: "identity.birthDate", kind: "MISMATCH", declared: "1980-01-02", verified: "1980-01-01", source: "AGENCY:population" });
    expect(found).toContainEqual({ memberFin: B, field: "income.WAGE", kind: "UNDECLARED", declared: 0, verified: 40_000, source: "AGENCY:labour" });
    expect(found).toContainEqual({ memberFin: null, field: "household.registeredMember", kind: "UNDECLARED", declared: null, verified: "3CD4EF5", source: "AGENCY:population" });
  });

  it("does not call data an agency could not give a contradiction", () => {
    const d = declaration({ incomes: [{ memberFin: A, type: "WAGE", monthlyQepik: 30_000 }] });
    const f = facts({ missingData: [{ agency: "labour", memberFin: A, reason: "UNAVAILABLE", detail: "CIRCUIT_OPEN" }] });
    expect(compareDeclaration(d, f)).toEqual([]);
  });

  it("reports a vehicle the family did not declare", () => {
    const f = facts({ vehicles: [{ memberFin: A, plate: "10-AA-123", relation: "OWNER", rehabilitation: false, source: "AGENCY:vehicles" }] });
    expect(compareDeclaration(declaration(), f)).toEqual([
      { memberFin: null, field: "assets.VEHICLE", kind: "UNDECLARED", declared: 0, verified: 1, source: "AGENCY:vehicles" },
    ]);
  });
});
