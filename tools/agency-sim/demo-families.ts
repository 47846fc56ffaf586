import type { Expectation } from "./population/expected-outcome";
import type { SimFamily } from "./population/model";

/**
 * A demo family as the demo, the README and end-to-end tests need it: who applies, who is in the family, the
 * district, and a truthful declaration (what the agencies will confirm), so the wizard can be filled without
 * creating discrepancies. It declares no income: the e-application asks only for income no register holds, and
 * every income of a simulated family is in some register.
 */
export function describeDemoFamily(family: SimFamily, expectation: Expectation) {
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
      assets: family.members.flatMap((m) => [
        ...(m.vehicle ? [{ kind: "VEHICLE", details: { memberFin: m.fin, plate: m.vehicle.plate } }] : []),
        ...m.homes.map((h) => ({ kind: "REAL_ESTATE", details: { memberFin: m.fin, address: h.address, purpose: h.purpose } })),
        ...(m.land ? [{ kind: "LAND", details: { memberFin: m.fin, areaM2: m.land.areaM2 } }] : []),
        ...m.livestock.map((l) => ({ kind: "LIVESTOCK", details: { memberFin: m.fin, kind: l.kind, count: l.count } })),
      ]),
    },
  };
}
