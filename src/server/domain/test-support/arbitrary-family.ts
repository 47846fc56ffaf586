import fc from "fast-check";
import type { AssessmentInput, IncomeRecord, Member } from "../input-schema";
import { addMonthsToYearMonth } from "@/kernel/calendar-date";
import { EXCLUSION_CODES, INCOME_TYPES } from "@/kernel/input-enums";

// Generators of valid engine inputs for property tests and the benchmark. Application dates fall in 2025–2027 so
// the seeded parameters and holiday table cover them.

const FIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789".split("");
export const arbFin = fc.array(fc.constantFrom(...FIN_CHARS), { minLength: 7, maxLength: 7 }).map((cs) => cs.join(""));

export const arbApplicationDate = fc
  .record({
    year: fc.integer({ min: 2025, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

const arbBirthDate = fc
  .record({
    year: fc.integer({ min: 1940, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);

export function arbMember(fin: string): fc.Arbitrary<Member> {
  return fc
    .record({
      birthDate: arbBirthDate,
      sex: fc.constantFrom("MALE" as const, "FEMALE" as const),
      working: fc.constantFrom("EMPLOYED" as const, "SELF_EMPLOYED" as const, "NOT_WORKING" as const),
      insured: fc.boolean(),
    })
    .map(({ birthDate, sex, working, insured }): Member => ({
      fin,
      birthDate,
      sex,
      relation: "OTHER_RELATIVE",
      exclusions: [],
      pensions: [],
      caresFor: [],
      employment: { status: working, source: "AGENCY:LABOUR_CONTRACTS" },
      ...(insured ? { unemploymentInsurance: { source: "AGENCY:EMPLOYMENT_AGENCY" as const } } : {}),
    }));
}

export function arbIncome(fins: readonly string[], applicationDate: string): fc.Arbitrary<IncomeRecord> {
  const month = applicationDate.slice(0, 7);
  return fc
    .record({
      fin: fc.constantFrom(...fins),
      type: fc.constantFrom(...INCOME_TYPES),
      back: fc.integer({ min: 0, max: 14 }),
      amountQepik: fc.integer({ min: 0, max: 300_000 }),
      origin: fc.constantFrom("AGENCY", "DECLARED", "BEYOND_REGISTERS"),
    })
    .map(({ fin, type, back, amountQepik, origin }) => ({
      memberFin: fin,
      type,
      month: addMonthsToYearMonth(month, -back),
      amountQepik,
      source: origin === "AGENCY" ? ("AGENCY:LABOUR_CONTRACTS" as const) : ("DECLARED" as const),
      ...(origin === "BEYOND_REGISTERS" ? { beyondRegisters: true } : {}),
    }));
}

export const arbFamily: fc.Arbitrary<AssessmentInput> = fc
  .record({ date: arbApplicationDate, fins: fc.uniqueArray(arbFin, { minLength: 1, maxLength: 8 }) })
  .chain(({ date, fins }) =>
    fc
      .record({
        members: fc.tuple(...fins.map((fin) => arbMember(fin))),
        incomes: fc.array(arbIncome(fins, date), { maxLength: 40 }),
        excludedIndex: fc.option(fc.integer({ min: 0, max: fins.length - 1 }), { nil: undefined }),
        exclusion: fc.constantFrom(...EXCLUSION_CODES),
      })
      .map(({ members, incomes, excludedIndex, exclusion }): AssessmentInput => {
        const listed = members.map((m, i) =>
          i === excludedIndex && i > 0
            ? { ...m, exclusions: [{ code: exclusion, source: "AGENCY:POPULATION_REGISTRY" as const }] }
            : m,
        );
        return {
          schemaVersion: 1,
          applicationDate: date,
          address: { id: "ADDR-1" },
          representative: { fin: fins[0] ?? "AAAAAAA", role: "ATTORNEY" },
          members: listed,
          incomes,
          declarationChecks: [],
          vehicles: [],
          realEstate: [],
          transactions: [],
          utilityCosts: [],
          jobOfferRefusals: [],
          undeclaredResidents: [],
          inspection: { status: "COMPLETED", date, inspectorFlags: [] },
          unobtainedData: [],
          previous: { falseInformationFindings: [] },
        };
      }),
  );
