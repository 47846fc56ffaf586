import type { SimDistrict } from "./districts";
import { addDays, ageOn } from "./dates";
import { encodeFin, MAX_FAMILY_SIZE } from "./fin-codec";
import type { Relation, SimFamily, SimPerson } from "./model";
import { CAR_MAKES, FEMALE_NAMES, MALE_NAMES, patronymicFor, POSITIONS, STREETS, SURNAMES, surnameFor } from "./names";
import { createRng, hash32, type Rng } from "./prng";

export interface PopulationConfig {
  seed: number;
  familyCount: number;
  districts: readonly SimDistrict[];
  /** Ages and dates are laid out around this day, so the population does not drift with the wall clock. */
  anchorDate: string;
}

const AZN = 100;
const qepik = (azn: number) => Math.round(azn * AZN);

function birthDateFor(rng: Rng, anchor: string, age: number): string {
  return addDays(anchor, -(age * 365 + Math.floor(age / 4) + rng.int(1, 364)));
}

function tin(rng: Rng): string {
  return String(rng.int(1000000000, 9999999999));
}

/** Household size among applicant families: larger than the country's average, as poverty is. */
const SIZES = [
  [1, 8],
  [2, 12],
  [3, 18],
  [4, 24],
  [5, 19],
  [6, 11],
  [7, 5],
  [8, 3],
] as const;

/** Builds family `index` from the seed alone; pure and fast (≈ tens of µs), so nothing is pre-generated. */
export function generateFamily(cfg: PopulationConfig, index: number): SimFamily {
  const rng = createRng(hash32(cfg.seed, "family", index));
  const district = rng.weighted(cfg.districts.map((d) => [d, d.weight] as const));
  const size = Math.min(MAX_FAMILY_SIZE, rng.weighted(SIZES));
  const anchor = cfg.anchorDate;
  const surname = rng.pick(SURNAMES);
  const fatherName = rng.pick(MALE_NAMES);

  const plan: { relation: Relation; sex: "M" | "F"; age: number }[] = [];
  if (size === 1) {
    const old = rng.chance(0.45);
    plan.push({
      relation: "APPLICANT",
      sex: rng.chance(0.6) ? "F" : "M",
      age: old ? rng.int(65, 86) : rng.int(24, 64),
    });
  } else {
    const applicantAge = rng.int(24, 58);
    const hasSpouse = rng.chance(0.8);
    const applicantSex = hasSpouse ? (rng.chance(0.7) ? "M" : "F") : rng.chance(0.8) ? "F" : "M";
    plan.push({ relation: "APPLICANT", sex: applicantSex, age: applicantAge });
    if (hasSpouse)
      plan.push({
        relation: "SPOUSE",
        sex: applicantSex === "M" ? "F" : "M",
        age: Math.max(19, applicantAge + rng.int(-6, 3)),
      });
    if (size - plan.length >= 2 && rng.chance(0.3))
      plan.push({
        relation: "PARENT",
        sex: rng.chance(0.65) ? "F" : "M",
        age: Math.max(applicantAge + 20, rng.int(62, 88)),
      });
    while (plan.length < size)
      plan.push({
        relation: "CHILD",
        sex: rng.chance(0.51) ? "M" : "F",
        age: rng.int(0, Math.min(24, applicantAge - 19)),
      });
  }

  const idp = rng.chance(0.08);
  const members: SimPerson[] = plan.map((p, position) => {
    const childLike = p.relation === "CHILD";
    const firstName = rng.pick(p.sex === "M" ? MALE_NAMES : FEMALE_NAMES);
    const person: SimPerson = {
      fin: encodeFin(cfg.seed, index, position),
      position,
      relation: p.relation,
      firstName,
      lastName: surnameFor(surname, p.sex),
      patronymic: patronymicFor(
        childLike ? (plan[0]?.sex === "M" ? "Elşən" : fatherName) : rng.pick(MALE_NAMES),
        p.sex,
      ),
      sex: p.sex,
      birthDate: birthDateFor(rng, anchor, p.age),
      citizenship: "AZE",
      telecomQepik: p.age >= 14 ? qepik(rng.int(5, p.age >= 18 ? 22 : 8)) : 0,
      homes: [],
      livestock: [],
    };
    describePerson(rng, person, p.age, anchor, position === 0);
    if (idp) person.idpAllowanceQepik = qepik(30);
    return person;
  });
  // Children's patronymic names the father actually in the family, when there is one.
  const father = members.find((m) => (m.relation === "APPLICANT" || m.relation === "SPOUSE") && m.sex === "M");
  if (father)
    for (const m of members) if (m.relation === "CHILD") m.patronymic = patronymicFor(father.firstName, m.sex);

  const applicant = members[0] as SimPerson;
  const hasSpouse = members.some((m) => m.relation === "SPOUSE");
  if (
    applicant.sex === "F" &&
    !hasSpouse &&
    members.some((m) => m.relation === "CHILD" && ageOn(m.birthDate, anchor) < 18) &&
    rng.chance(0.35)
  )
    applicant.alimonyQepik = qepik(rng.int(80, 250));

  const address = `${district.name}, ${rng.pick(STREETS)} küç., ev ${rng.int(1, 180)}${rng.chance(0.5) ? `, mənzil ${rng.int(1, 90)}` : ""}`;
  if (rng.chance(0.72))
    applicant.homes.push({ registryNo: `RE-${index}-1`, address, areaM2: rng.int(35, 120), purpose: "RESIDENTIAL" });
  if (rng.chance(0.035))
    applicant.homes.push({
      registryNo: `RE-${index}-2`,
      address: `${rng.pick(STREETS)} küç., ev ${rng.int(1, 99)}`,
      areaM2: rng.int(30, 90),
      purpose: "RESIDENTIAL",
    });
  if (rng.chance(0.05))
    applicant.homes.push({ registryNo: `RE-${index}-G`, address, areaM2: rng.int(15, 25), purpose: "GARAGE" });

  const severe = members.some((m) => (m.disability?.degreePct ?? 0) >= 81);
  if (rng.chance(0.1) || (severe && rng.chance(0.2))) {
    const owner = hasSpouse && rng.chance(0.4) ? (members[1] as SimPerson) : applicant;
    owner.vehicle = {
      plate: `${String(rng.int(10, 99))}-${rng.pick(["AA", "AB", "BX", "RT", "ZZ", "TU"])}-${String(rng.int(100, 999))}`,
      make: rng.pick(CAR_MAKES),
      year: rng.int(1985, 2022),
      rehabilitation: severe && rng.chance(0.5),
      relation: rng.chance(0.85) ? "OWNER" : "AUTHORIZED_USER",
    };
  }
  if (rng.chance(0.015))
    applicant.bigPurchase = {
      date: addDays(anchor, -rng.int(30, 300)),
      object: rng.chance(0.5) ? "REAL_ESTATE" : "VEHICLE",
      amountQepik: qepik(rng.int(8_000, 40_000)),
    };
  if (district.rural && rng.chance(0.55))
    applicant.land = {
      parcelId: `P-${district.code}-${index}`,
      areaM2: rng.int(20, 150) * 100,
      use: rng.pick(["ARABLE", "PASTURE", "ORCHARD", "HAYFIELD"] as const),
    };
  if (district.rural && rng.chance(0.4)) {
    if (rng.chance(0.7)) applicant.livestock.push({ kind: "CATTLE", count: rng.int(1, 3) });
    if (rng.chance(0.4)) applicant.livestock.push({ kind: "SHEEP", count: rng.int(2, 15) });
    if (rng.chance(0.6)) applicant.livestock.push({ kind: "POULTRY", count: rng.int(5, 25) });
  }

  const n = members.length;
  return {
    index,
    districtCode: district.code,
    districtName: district.name,
    rural: district.rural,
    address,
    idp,
    members,
    electricityQepik: Math.round(rng.logNormal(6 + 3 * n, 0.3) * AZN),
    gasQepik: district.rural && rng.chance(0.4) ? 0 : Math.round(rng.logNormal(6 + 3.5 * n, 0.35) * AZN),
    waterQepik: Math.round(rng.logNormal(1.5 + 1.2 * n, 0.3) * AZN),
  };
}

function describePerson(rng: Rng, p: SimPerson, age: number, anchor: string, isApplicant: boolean): void {
  const since = (minDays: number, maxDays: number) => addDays(anchor, -rng.int(minDays, maxDays));
  if (age < 18) {
    if (age >= 6)
      p.study = {
        institution: `Məktəb №${rng.int(1, 300)}`,
        level: "SCHOOL",
        from: since(200, 3000),
        expectedEnd: addDays(anchor, rng.int(100, 4000)),
        stipendQepik: 0,
      };
    const draw = rng.next();
    if (draw < 0.03) {
      p.disability = {
        degreePct: rng.pick([40, 60, 70, 90]),
        decidedOn: since(60, 1500),
        validUntil: addDays(anchor, rng.int(200, 1500)),
        pending: false,
      };
      p.benefit = { kind: "SOCIAL_BENEFIT", from: p.disability.decidedOn, monthlyQepik: qepik(200) };
    } else if (draw < 0.06)
      p.pension = { kind: "SURVIVOR_PENSION", from: since(200, 3000), monthlyQepik: qepik(rng.int(180, 260)) };
    return;
  }
  if (age >= 65) {
    if (rng.chance(0.95))
      p.pension = {
        kind: "OLD_AGE_PENSION",
        from: since(365, 6000),
        monthlyQepik: qepik(Math.max(280, Math.round(rng.logNormal(370, 0.2)))),
      };
    if (rng.chance(0.08))
      p.disability = {
        degreePct: rng.pick([60, 70, 90, 100]),
        decidedOn: since(60, 2000),
        validUntil: null,
        pending: false,
      };
    return;
  }
  // Working age. Exclusions first: they take the person out of the family count.
  if (!isApplicant && p.sex === "M" && age >= 18 && age <= 20 && rng.chance(0.35)) {
    const from = since(30, 500);
    p.conscript = { from, until: addDays(from, 548) };
    return;
  }
  if (!isApplicant && age >= 20 && rng.chance(0.01)) {
    p.prisoner = { since: since(100, 1500), until: addDays(anchor, rng.int(200, 2000)) };
    return;
  }
  if (!isApplicant && age >= 20 && rng.chance(0.025)) p.abroad = { exitedOn: since(200, 900) };
  else if (!isApplicant && age >= 20 && rng.chance(0.08)) p.abroad = { exitedOn: since(40, 160) }; // seasonal migrant worker
  if (rng.chance(0.1)) {
    const degreePct = rng.weighted([
      [40, 5],
      [60, 5],
      [70, 3],
      [80, 3],
      [90, 2],
      [100, 2],
    ] as const);
    const pending = rng.chance(0.55);
    p.disability = {
      degreePct,
      decidedOn: since(30, 1500),
      validUntil: pending ? addDays(anchor, -rng.int(1, 60)) : addDays(anchor, rng.int(100, 1500)),
      pending,
    };
    if (degreePct > 60)
      p.pension = { kind: "DISABILITY_PENSION", from: p.disability.decidedOn, monthlyQepik: qepik(rng.int(200, 320)) };
    // Someone awaiting re-examination has usually stopped working meanwhile.
    if (pending) return;
  }
  if (age <= 22 && rng.chance(0.45)) {
    p.study = {
      institution: rng.pick(["BDU", "ADNSU", "ADİU", "Gəncə DU", "Peşə Liseyi №3"]),
      level: rng.chance(0.7) ? "BACHELOR" : "VOCATIONAL",
      from: since(30, 1200),
      expectedEnd: addDays(anchor, rng.int(120, 1400)),
      stipendQepik: rng.chance(0.6) ? qepik(rng.int(30, 60)) : 0,
    };
    return;
  }
  if (p.abroad) return;
  const activity = rng.weighted([
    ["job", 56],
    ["entrepreneur", 7],
    ["unemployed", 24],
    ["none", 10],
  ] as const);
  if (activity === "job") {
    p.job = {
      employerTin: tin(rng),
      position: rng.pick(POSITIONS),
      from: since(400, 5000),
      monthlyQepik: qepik(Math.max(400, Math.round(rng.logNormal(430, 0.3)))),
    };
    if (rng.chance(0.2))
      p.loan = {
        lender: rng.pick(["Kapital Bank", "ABB", "Rabitəbank", "AccessBank"]),
        openedOn: since(60, 900),
        principalQepik: qepik(rng.int(1000, 8000)),
        monthlyQepik: qepik(rng.int(40, 200)),
        overdue: rng.chance(0.1),
      };
  } else if (activity === "entrepreneur") {
    p.entrepreneur = {
      tin: tin(rng),
      registeredOn: since(400, 4000),
      quarterlyQepik: qepik(Math.round(rng.logNormal(1500, 0.5))),
    };
  } else if (activity === "unemployed") {
    // Unemployment insurance is paid for up to 6 months from registration.
    const insured = rng.chance(0.7);
    p.unemployed = {
      since: insured ? since(20, 150) : since(60, 700),
      insuranceMonthlyQepik: insured ? qepik(rng.int(250, 450)) : 0,
      insuranceMonths: insured ? 6 : 0,
      refusedOffers: rng.chance(0.06) ? 2 : rng.chance(0.3) ? 1 : 0,
    };
  }
}
