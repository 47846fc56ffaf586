// Generated families for the engine benchmarks: the same 100,000 families in every run (a seeded generator), sized
// like real applications (1–8 members, 13 months of agency and declared income for most of them).
import type { AssessmentInput, IncomeRecord, Member } from "../../src/server/domain";
import { addMonthsToYearMonth } from "@/kernel/calendar-date";
import { INCOME_TYPES } from "@/kernel/input-enums";

// A small deterministic generator (mulberry32) so every run assesses the same families.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20260415);
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
const pad = (n: number): string => String(n).padStart(2, "0");

export function generatedFamily(index: number): AssessmentInput {
  const date = `${pick([2025, 2026, 2027])}-${pad(int(1, 11))}-${pad(int(1, 28))}`;
  const size = int(1, 8);
  const members: Member[] = [];
  for (let i = 0; i < size; i += 1) {
    const fin = `${(index * 8 + i).toString(36).toUpperCase().padStart(7, "0")}`.slice(-7);
    const excluded = i > 0 && random() < 0.05;
    members.push({
      fin,
      birthDate: `${int(1945, 2024)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      sex: random() < 0.5 ? "MALE" : "FEMALE",
      relation: i === 0 ? "APPLICANT" : "OTHER_RELATIVE",
      exclusions: excluded ? [{ code: "RESIDES_ABROAD", source: "AGENCY:BORDER_SERVICE" }] : [],
      pensions: [],
      caresFor: [],
      employment: { status: random() < 0.6 ? "EMPLOYED" : "NOT_WORKING", source: "AGENCY:LABOUR_CONTRACTS" },
      ...(random() < 0.2 ? { unemploymentInsurance: { source: "AGENCY:EMPLOYMENT_AGENCY" as const } } : {}),
    });
  }
  const incomes: IncomeRecord[] = [];
  const month = date.slice(0, 7);
  for (const m of members) {
    if (random() < 0.4) continue;
    const type = pick(INCOME_TYPES);
    const amount = int(5_000, 80_000);
    for (let back = 1; back <= 13; back += 1) {
      incomes.push({
        memberFin: m.fin,
        type,
        month: addMonthsToYearMonth(month, -back),
        amountQepik: amount,
        source: "AGENCY:LABOUR_CONTRACTS",
      });
      if (random() < 0.8)
        incomes.push({
          memberFin: m.fin,
          type,
          month: addMonthsToYearMonth(month, -back),
          amountQepik: amount,
          source: "DECLARED",
        });
    }
  }
  return {
    schemaVersion: 1,
    applicationDate: date,
    address: { id: `ADDR-${index}` },
    representative: { fin: members[0]!.fin, role: "FAMILY_MEMBER" },
    members,
    incomes,
    declarationChecks: [],
    vehicles:
      random() < 0.05
        ? [
            {
              registration: "10-AA-001",
              relation: "OWNS",
              stateRehabilitationVehicle: false,
              source: "AGENCY:VEHICLE_REGISTRY",
            },
          ]
        : [],
    realEstate: [],
    transactions: [],
    utilityCosts:
      random() < 0.5
        ? [
            {
              month: addMonthsToYearMonth(month, -1),
              kind: "ELECTRICITY",
              amountQepik: int(1_000, 20_000),
              source: "AGENCY:ELECTRICITY_UTILITY",
            },
          ]
        : [],
    jobOfferRefusals: [],
    undeclaredResidents: [],
    inspection: { status: "COMPLETED", date, inspectorFlags: [] },
    unobtainedData: random() < 0.03 ? [{ agency: "TAX_SERVICE", reason: "TIMEOUT" }] : [],
    previous: { falseInformationFindings: [] },
  };
}

export function generatedFamilies(count: number): AssessmentInput[] {
  return Array.from({ length: count }, (_, i) => generatedFamily(i));
}
