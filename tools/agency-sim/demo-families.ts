import type { Expectation } from "./population/expected-outcome";
import type { SimFamily } from "./population/model";
import * as amounts from "./population/monthly-amounts";

/**
 * A demo family as the demo, the README and end-to-end tests need it: who applies, who is in the family, the
 * district, and a truthful declaration (what the agencies will confirm), so the wizard can be filled without
 * creating discrepancies.
 */
export function describeDemoFamily(family: SimFamily, expectation: Expectation, applicationDate: string) {
  // The 12 months before the month of application; a declared amount is their average, as the law counts it.
  const k0 = amounts.monthIndex(applicationDate.slice(0, 7));
  const months = Array.from({ length: 12 }, (_, i) => `${Math.floor((k0 - 12 + i) / 12)}-${String(((k0 - 12 + i) % 12) + 1).padStart(2, "0")}`);
  const avg = (f: (m: string) => number) => Math.floor(months.reduce((s, m) => s + f(m), 0) / 12);
  const incomes = family.members.flatMap((p) =>
    (
      [
        ["WAGE", avg((m) => amounts.wageIn(p, m))],
        ["PENSION", avg((m) => amounts.pensionIn(p, m))],
        ["SOCIAL_BENEFIT", avg((m) => amounts.benefitIn(p, m))],
        ["UNEMPLOYMENT_INSURANCE", avg((m) => amounts.insuranceIn(p, m))],
        ["ENTREPRENEURIAL", avg((m) => amounts.entrepreneurialIn(p, m))],
        ["ALIMONY", avg((m) => amounts.alimonyIn(p, m))],
        ["STIPEND", avg((m) => amounts.stipendIn(p, m))],
        ["IDP_ALLOWANCE", avg((m) => amounts.idpAllowanceIn(p, m))],
      ] as const
    )
      .filter(([, q]) => q > 0)
      .map(([type, monthlyQepik]) => ({ memberFin: p.fin, type, monthlyQepik })),
  );
  const representative = family.members[0];
  return {
    familyIndex: family.index,
    districtCode: family.districtCode,
    address: family.address,
    representativeFin: representative?.fin,
    expected: { outcome: expectation.outcome, reasons: expectation.reasons, countedMembers: expectation.counted, averageIncomeQepik: expectation.incomeQepik, thresholdQepik: expectation.thresholdQepik },
    members: family.members.map((m) => ({
      fin: m.fin,
      firstName: m.firstName,
      lastName: m.lastName,
      patronymic: m.patronymic,
      birthDate: m.birthDate,
      sex: m.sex,
      relation: m.relation,
    })),
    suggestedDeclaration: {
      /** FamilyMember.declaredFacts in the engine's vocabulary: who cares for whom (no register holds it). */
      declaredFacts: expectation.carers.map((c) => ({ memberFin: c.fin, facts: { caresFor: [{ fin: c.caresFor }] } })),
      incomes,
      assets: family.members.flatMap((m) => [
        ...(m.vehicle ? [{ kind: "VEHICLE", details: { memberFin: m.fin, plate: m.vehicle.plate } }] : []),
        ...m.homes.map((h) => ({ kind: "REAL_ESTATE", details: { memberFin: m.fin, address: h.address, purpose: h.purpose } })),
        ...(m.land ? [{ kind: "LAND", details: { memberFin: m.fin, areaM2: m.land.areaM2 } }] : []),
        ...m.livestock.map((l) => ({ kind: "LIVESTOCK", details: { memberFin: m.fin, kind: l.kind, count: l.count } })),
      ]),
    },
  };
}
