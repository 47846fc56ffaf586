import type { Outcome } from "../outcome";
import { BATCH_OUTCOMES, assessBatch, createBatchResult } from "./assess-batch";
import type { CompiledFamilies } from "./compile-families";
import type { Policy } from "./policy";

// A policy what-if: every compiled family decided again under an alternative policy, compared with what actually
// happened to it. A winner is a family that would be paid more each month under the reform (including one newly
// assigned), a loser one that would be paid less (including one no longer assigned). A REVIEW under the reform is
// counted with its proposed amount, as the engine records it: a person would still have to decide.

export interface ActualDecision {
  outcome: Outcome;
  /** The monthly amount actually assigned (0 when refused). */
  amountQepik: number;
  districtCode: string;
}

export interface DistrictComparison {
  districtCode: string;
  families: number;
  winners: number;
  losers: number;
  actualMonthlyQepik: number;
  reformMonthlyQepik: number;
}

export interface PolicyComparison {
  families: number;
  /** outcomes[actual][reform]: how many families went from one to the other. */
  outcomes: Record<Outcome, Record<Outcome, number>>;
  actualMonthlyQepik: number;
  reformMonthlyQepik: number;
  /** Twelve months of the monthly figures: an assignment lasts 12 months. */
  actualYearlyQepik: number;
  reformYearlyQepik: number;
  winners: number;
  losers: number;
  byDistrict: DistrictComparison[];
}

const emptyRow = (): Record<Outcome, number> => ({ ASSIGN: 0, REFUSE: 0, REVIEW: 0 });

/** Decides `families` under `policy` and compares each with `actual[i]`, the same family's real decision. */
export function comparePolicy(
  families: CompiledFamilies,
  actual: readonly ActualDecision[],
  policy: Policy,
): PolicyComparison {
  if (actual.length !== families.count) throw new Error("one actual decision per compiled family is needed");
  const result = assessBatch(families, policy, createBatchResult(families.count));
  const outcomes = { ASSIGN: emptyRow(), REFUSE: emptyRow(), REVIEW: emptyRow() };
  const districts = new Map<string, DistrictComparison>();
  let actualMonthly = 0;
  let reformMonthly = 0;
  let winners = 0;
  let losers = 0;
  for (let i = 0; i < families.count; i += 1) {
    const was = actual[i] as ActualDecision;
    const reformOutcome = BATCH_OUTCOMES[result.outcome[i] as number] as Outcome;
    const reformAmount = result.amountQepik[i] as number;
    const wasAmount = was.outcome === "REFUSE" ? 0 : was.amountQepik;
    outcomes[was.outcome][reformOutcome] += 1;
    actualMonthly += wasAmount;
    reformMonthly += reformAmount;
    let district = districts.get(was.districtCode);
    if (district === undefined) {
      district = {
        districtCode: was.districtCode,
        families: 0,
        winners: 0,
        losers: 0,
        actualMonthlyQepik: 0,
        reformMonthlyQepik: 0,
      };
      districts.set(was.districtCode, district);
    }
    district.families += 1;
    district.actualMonthlyQepik += wasAmount;
    district.reformMonthlyQepik += reformAmount;
    if (reformAmount > wasAmount) {
      winners += 1;
      district.winners += 1;
    } else if (reformAmount < wasAmount) {
      losers += 1;
      district.losers += 1;
    }
  }
  return {
    families: families.count,
    outcomes,
    actualMonthlyQepik: actualMonthly,
    reformMonthlyQepik: reformMonthly,
    actualYearlyQepik: 12 * actualMonthly,
    reformYearlyQepik: 12 * reformMonthly,
    winners,
    losers,
    byDistrict: [...districts.values()].sort((a, b) =>
      a.districtCode < b.districtCode ? -1 : a.districtCode > b.districtCode ? 1 : 0,
    ),
  };
}

const azn = (qepik: number) => (qepik / 100).toFixed(2);

/**
 * The district table's lines, the national total last: each district by the name given for it (the code by
 * default), families, winners, losers, then the monthly and yearly cost as decided and under the policy, in AZN
 * with two decimals as the reports' files write money. The header is the reader's (services/reports/what-if-csv.ts).
 */
export function policyComparisonRows(
  comparison: PolicyComparison,
  totalName: string,
  districtName: (code: string) => string = (code) => code,
  money: (qepik: number) => string = azn,
): (string | number)[][] {
  const line = (d: Omit<DistrictComparison, "districtCode">, name: string) => [
    name,
    d.families,
    d.winners,
    d.losers,
    money(d.actualMonthlyQepik),
    money(d.reformMonthlyQepik),
    money(12 * d.actualMonthlyQepik),
    money(12 * d.reformMonthlyQepik),
  ];
  return [...comparison.byDistrict.map((d) => line(d, districtName(d.districtCode))), line(comparison, totalName)];
}
