import { describe, expect, it } from "vitest";
import { addMonthsToYearMonth } from "@/kernel/calendar-date";
import { SEED_PARAMETERS } from "../data/parameters";
import type { AssessmentInput, IncomeRecord, Member } from "../input-schema";
import { compileFamilies } from "./compile-families";
import { comparePolicy, policyComparisonRows, type ActualDecision } from "./compare-policy";
import type { Policy } from "./policy";

// Three families counted by hand under C = 200 AZN, no review margin:
//  A: 2 members, 100 AZN a month → A = 2 × 200 − 100 = 300 AZN; actually assigned 250 → winner.
//  B: 1 member, 300 AZN a month → above 1 × 200: refused; actually assigned 50 → loser.
//  C: 3 members, no income → A = 600 AZN; actually refused → winner.
const DATE = "2026-03-10";
const policy: Policy = {
  needCriterionQepik: 20_000,
  thresholdReviewMarginBp: 0,
  declarationMatchBp: 100,
  declarationReviewBp: 1_000,
};

function member(fin: string): Member {
  return {
    fin,
    birthDate: "1980-05-05",
    sex: "FEMALE",
    relation: "OTHER_RELATIVE",
    exclusions: [],
    pensions: [],
    caresFor: [],
    employment: { status: "EMPLOYED", source: "AGENCY:LABOUR_CONTRACTS" },
  };
}

function family(fins: string[], monthlyWageQepik: number): AssessmentInput {
  const incomes: IncomeRecord[] = [];
  if (monthlyWageQepik > 0) {
    for (let back = 1; back <= 12; back += 1) {
      incomes.push({
        memberFin: fins[0] ?? "",
        type: "WAGE",
        month: addMonthsToYearMonth("2026-03", -back),
        amountQepik: monthlyWageQepik,
        source: "AGENCY:LABOUR_CONTRACTS",
      });
    }
  }
  return {
    schemaVersion: 1,
    applicationDate: DATE,
    address: { id: "ADDR-1" },
    representative: { fin: fins[0] ?? "", role: "FAMILY_MEMBER" },
    members: fins.map(member),
    incomes,
    declarationChecks: [],
    vehicles: [],
    realEstate: [],
    transactions: [],
    utilityCosts: [],
    jobOfferRefusals: [],
    undeclaredResidents: [],
    inspection: { status: "COMPLETED", date: DATE, inspectorFlags: [] },
    unobtainedData: [],
    previous: { falseInformationFindings: [] },
  };
}

const families = [
  family(["AAAAAA1", "AAAAAA2"], 10_000),
  family(["BBBBBB1"], 30_000),
  family(["CCCCCC1", "CCCCCC2", "CCCCCC3"], 0),
];
const actual: ActualDecision[] = [
  { outcome: "ASSIGN", amountQepik: 25_000, districtCode: "D1" },
  { outcome: "ASSIGN", amountQepik: 5_000, districtCode: "D1" },
  { outcome: "REFUSE", amountQepik: 0, districtCode: "D2" },
];

describe("policy what-if comparison", () => {
  const comparison = comparePolicy(compileFamilies(families, SEED_PARAMETERS), actual, policy);

  it("counts outcomes, costs, winners and losers as by hand", () => {
    expect(comparison.outcomes).toEqual({
      ASSIGN: { ASSIGN: 1, REFUSE: 1, REVIEW: 0 },
      REFUSE: { ASSIGN: 1, REFUSE: 0, REVIEW: 0 },
      REVIEW: { ASSIGN: 0, REFUSE: 0, REVIEW: 0 },
    });
    expect(comparison).toMatchObject({
      families: 3,
      actualMonthlyQepik: 30_000,
      reformMonthlyQepik: 90_000,
      actualYearlyQepik: 360_000,
      reformYearlyQepik: 1_080_000,
      winners: 2,
      losers: 1,
    });
    expect(comparison.byDistrict).toEqual([
      {
        districtCode: "D1",
        families: 2,
        winners: 1,
        losers: 1,
        actualMonthlyQepik: 30_000,
        reformMonthlyQepik: 30_000,
      },
      { districtCode: "D2", families: 1, winners: 1, losers: 0, actualMonthlyQepik: 0, reformMonthlyQepik: 60_000 },
    ]);
  });

  it("writes the district table and a total line, money in AZN with two decimals", () => {
    expect(policyComparisonRows(comparison, "Total")).toEqual([
      ["D1", 2, 1, 1, "300.00", "300.00", "3600.00", "3600.00"],
      ["D2", 1, 1, 0, "0.00", "600.00", "0.00", "7200.00"],
      ["Total", 3, 2, 1, "300.00", "900.00", "3600.00", "10800.00"],
    ]);
  });

  it("writes each district by the name given for it", () => {
    const names: Record<string, string> = { D1: "Nəsimi", D2: "Gəncə, şəhər" };
    expect(policyComparisonRows(comparison, "Cəmi", (code) => names[code] ?? code).map((r) => r[0])).toEqual([
      "Nəsimi",
      "Gəncə, şəhər",
      "Cəmi",
    ]);
  });

  it("refuses a comparison whose actual decisions do not line up with the families", () => {
    expect(() => comparePolicy(compileFamilies(families, SEED_PARAMETERS), actual.slice(1), policy)).toThrow();
  });
});
