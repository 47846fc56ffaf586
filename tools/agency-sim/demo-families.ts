import { staff } from "../../prisma/seed-data/staff";
import type { Expectation, ExpectedOutcome } from "./population/expected-outcome";
import type { SimFamily } from "./population/model";
import type { Population } from "./population/population";

/** The demo inspector accounts of each district: a family elsewhere is never visited, so never decided. */
const inspectorsByDistrict = new Map<string, string[]>();
for (const person of staff) {
  if (person.role !== "INSPECTOR" || !person.districtCode) continue;
  inspectorsByDistrict.set(person.districtCode, [
    ...(inspectorsByDistrict.get(person.districtCode) ?? []),
    person.email,
  ]);
}

/**
 * Demo families whose district has demo staff first, so the home visit of an "assign" family can be recorded by
 * a demo inspector; families of other districts only when those run out.
 */
export function pickDemoFamilies(
  population: Population,
  expect: ExpectedOutcome,
  applicationDate: string,
  limit: number,
) {
  const staffed = (family: SimFamily) => inspectorsByDistrict.has(family.districtCode);
  const first = population.demoFamilies(expect, applicationDate, limit, staffed);
  const rest =
    first.length < limit
      ? population.demoFamilies(expect, applicationDate, limit - first.length, (f) => !staffed(f))
      : [];
  return [...first, ...rest];
}

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
    /** The inspector accounts that may get its home visit: the one with the fewest visits on the day. */
    inspectors: inspectorsByDistrict.get(family.districtCode) ?? [],
    address: family.address,
    representativeFin: representative?.fin,
    expected: {
      outcome: expectation.outcome,
      reasons: expectation.reasons,
      countedMembers: expectation.counted,
      averageIncomeQepik: expectation.incomeQepik,
      thresholdQepik: expectation.thresholdQepik,
    },
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
        ...m.homes.map((h) => ({
          kind: "REAL_ESTATE",
          details: { memberFin: m.fin, address: h.address, purpose: h.purpose },
        })),
        ...(m.land ? [{ kind: "LAND", details: { memberFin: m.fin, areaM2: m.land.areaM2 } }] : []),
        ...m.livestock.map((l) => ({ kind: "LIVESTOCK", details: { memberFin: m.fin, kind: l.kind, count: l.count } })),
      ]),
    },
  };
}
