// Throughput of the ÜDSY decision engine: assesses 100,000 generated families and compares the rate with a
// baseline loop that only sums the same income records, in the same run. Prints the figures.
//   npx tsx bench/decision-engine-throughput.ts [families]
import { assessFamily, type AssessmentInput, type IncomeRecord, type Member } from "../src/server/domain";
import { addMonthsToYearMonth } from "../src/server/domain/calendar-date";
import { SEED_HOLIDAYS } from "../src/server/domain/data/holidays";
import { SEED_PARAMETERS } from "../src/server/domain/data/parameters";
import { INCOME_TYPES } from "../src/server/domain/input-enums";

const COUNT = Number(process.argv[2] ?? 100_000);

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

function family(index: number): AssessmentInput {
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
      incomes.push({ memberFin: m.fin, type, month: addMonthsToYearMonth(month, -back), amountQepik: amount, source: "AGENCY:LABOUR_CONTRACTS" });
      if (random() < 0.8) incomes.push({ memberFin: m.fin, type, month: addMonthsToYearMonth(month, -back), amountQepik: amount, source: "DECLARED" });
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
    vehicles: random() < 0.05 ? [{ registration: "10-AA-001", relation: "OWNS", stateRehabilitationVehicle: false, source: "AGENCY:VEHICLE_REGISTRY" }] : [],
    realEstate: [],
    transactions: [],
    utilityCosts: random() < 0.5 ? [{ month: addMonthsToYearMonth(month, -1), kind: "ELECTRICITY", amountQepik: int(1_000, 20_000), source: "AGENCY:ELECTRICITY_UTILITY" }] : [],
    jobOfferRefusals: [],
    inspection: { status: "COMPLETED", date, inspectorFlags: [] },
    unobtainedData: random() < 0.03 ? [{ agency: "TAX_SERVICE", reason: "TIMEOUT" }] : [],
    previous: { falseInformationFindings: [] },
  };
}

const families = Array.from({ length: COUNT }, (_, i) => family(i));
const records = families.reduce((n, f) => n + f.incomes.length, 0);
const options = { parameters: SEED_PARAMETERS, holidays: SEED_HOLIDAYS };

function timeIt(run: () => number): { ms: number; check: number } {
  const start = performance.now();
  const check = run();
  return { ms: performance.now() - start, check };
}

// Warm up both loops so the JIT has compiled them before measuring.
for (const f of families.slice(0, 2_000)) assessFamily(f, options);

const baseline = timeIt(() => {
  let sum = 0;
  for (const f of families) for (const r of f.incomes) sum += r.amountQepik;
  return sum;
});
const outcomes = { ASSIGN: 0, REFUSE: 0, REVIEW: 0 };
const engine = timeIt(() => {
  let sum = 0;
  for (const f of families) {
    const result = assessFamily(f, options);
    outcomes[result.outcome] += 1;
    sum += result.figures.amountQepik;
  }
  return sum;
});

const rate = (ms: number): number => Math.round(COUNT / (ms / 1000));
const figures = {
  families: COUNT,
  incomeRecords: records,
  engine: { ms: Math.round(engine.ms), familiesPerSecond: rate(engine.ms), outcomes },
  baselineSumOnly: { ms: Number(baseline.ms.toFixed(2)), familiesPerSecond: rate(baseline.ms) },
  ratioBaselineToEngine: Number((engine.ms / baseline.ms).toFixed(1)),
  node: process.version,
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(
  `engine: ${figures.engine.familiesPerSecond.toLocaleString("en")} families/s; baseline sum loop: ${figures.baselineSumOnly.familiesPerSecond.toLocaleString("en")} families/s; the engine takes ${figures.ratioBaselineToEngine}× the time of the baseline\n`,
);
