import { z } from "zod";
import type { AgencyFacts, FactSource } from "./agency-facts";
import type { AgencyCode } from "./catalogue";

/** The family's declaration as far as agencies can check it (read from FamilyMember, DeclaredIncome, DeclaredAsset). */
export interface Declaration {
  members: { fin: string; firstName: string; lastName: string; birthDate: string }[];
  incomes: { memberFin: string; type: string; monthlyQepik: number }[];
  assets: {
    kind: "VEHICLE" | "REAL_ESTATE" | "LAND" | "LIVESTOCK" | "LARGE_TRANSACTION" | "OTHER";
    details: unknown;
  }[];
}

export type DiscrepancyKind =
  /** Both sides have a value and they differ beyond tolerance. */
  | "MISMATCH"
  /** An agency holds something the family did not declare. */
  | "UNDECLARED"
  /** The family declared something the responsible agency does not confirm. */
  | "NOT_CONFIRMED"
  /** Not a contradiction of one field, but figures that do not fit together (loans against income). */
  | "INCONSISTENT";

export interface Discrepancy {
  memberFin: string | null;
  field: string;
  kind: DiscrepancyKind;
  declared: string | number | null;
  verified: string | number | null;
  source: FactSource | null;
}

const zAssetDetails = z.looseObject({
  plate: z.string().optional(),
  count: z.number().int().optional(),
  kind: z.string().optional(),
});

function norm(s: string): string {
  return s.trim().toLocaleLowerCase("az");
}

/**
 * Compares what the family declared with what the agencies returned: a list of discrepancies per member and
 * field, for the staff console. Data an agency could not give (missingData) is never reported as a contradiction.
 * Income is not compared type by type: the e-application asks only for income no register holds, which adds to
 * the registers' figures (the decision engine counts both) and cannot contradict them.
 */
export function compareDeclaration(declaration: Declaration, facts: AgencyFacts, monthsInPeriod = 12): Discrepancy[] {
  const out: Discrepancy[] = [];
  const missing = (agency: AgencyCode, fin: string | null) =>
    facts.missingData.some((m) => m.agency === agency && (m.memberFin === fin || m.memberFin === null));
  const declaredFins = new Set(declaration.members.map((m) => m.fin));

  for (const d of declaration.members) {
    const verified = facts.members.find((m) => m.fin === d.fin);
    if (missing("population", d.fin)) {
      if (facts.missingData.some((m) => m.agency === "population" && m.memberFin === d.fin && m.reason === "NOT_FOUND"))
        out.push({
          memberFin: d.fin,
          field: "identity",
          kind: "NOT_CONFIRMED",
          declared: d.fin,
          verified: null,
          source: "AGENCY:population",
        });
      continue;
    }
    const id = verified?.identity;
    if (!id) continue;
    const pairs: [string, string, string][] = [
      ["birthDate", d.birthDate, id.birthDate],
      ["lastName", d.lastName, id.lastName],
      ["firstName", d.firstName, id.firstName],
    ];
    for (const [field, declared, registered] of pairs)
      if (norm(declared) !== norm(registered))
        out.push({
          memberFin: d.fin,
          field: `identity.${field}`,
          kind: "MISMATCH",
          declared,
          verified: registered,
          source: "AGENCY:population",
        });
    for (const fin of verified.registeredHousehold ?? [])
      if (!declaredFins.has(fin) && !out.some((o) => o.field === "household.registeredMember" && o.verified === fin))
        out.push({
          memberFin: null,
          field: "household.registeredMember",
          kind: "UNDECLARED",
          declared: null,
          verified: fin,
          source: "AGENCY:population",
        });
  }

  const declaredCount = (kind: Declaration["assets"][number]["kind"]) =>
    declaration.assets
      .filter((a) => a.kind === kind)
      .reduce((s, a) => s + (kind === "LIVESTOCK" ? (zAssetDetails.safeParse(a.details).data?.count ?? 1) : 1), 0);
  const assetChecks: [string, AgencyCode, Declaration["assets"][number]["kind"], number][] = [
    ["assets.VEHICLE", "vehicles", "VEHICLE", facts.vehicles.length],
    ["assets.REAL_ESTATE", "property", "REAL_ESTATE", facts.realEstate.length],
    ["assets.LAND", "agriculture", "LAND", facts.land.length],
    ["assets.LIVESTOCK", "agriculture", "LIVESTOCK", facts.livestock.reduce((s, l) => s + l.count, 0)],
  ];
  for (const [field, agency, kind, verified] of assetChecks) {
    if (facts.missingData.some((m) => m.agency === agency)) continue;
    const declared = declaredCount(kind);
    if (verified > declared)
      out.push({ memberFin: null, field, kind: "UNDECLARED", declared, verified, source: `AGENCY:${agency}` });
    else if (verified < declared && kind !== "LIVESTOCK")
      out.push({ memberFin: null, field, kind: "NOT_CONFIRMED", declared, verified, source: `AGENCY:${agency}` });
  }

  // Loans are not income, but repaying more each month than the family's known income (the registers' average
  // and what it declared beyond them) needs explaining.
  const repayments = facts.loans.filter((l) => l.status !== "CLOSED").reduce((s, l) => s + l.monthlyPaymentQepik, 0);
  const registeredIncome = Math.floor(facts.incomes.reduce((s, i) => s + i.amountQepik, 0) / monthsInPeriod);
  const knownIncome = registeredIncome + declaration.incomes.reduce((s, i) => s + i.monthlyQepik, 0);
  if (repayments > 0 && repayments > knownIncome)
    out.push({
      memberFin: null,
      field: "loans.monthlyRepayment",
      kind: "INCONSISTENT",
      declared: knownIncome,
      verified: repayments,
      source: "AGENCY:credit-bureau",
    });

  return out;
}
