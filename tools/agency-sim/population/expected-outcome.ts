import { addDays, ageOn, daysBetween } from "./dates";
import type { SimFamily, SimPerson } from "./model";
import * as amounts from "./monthly-amounts";

/**
 * A rough, dev-only forecast of the decision engine's answer, used to pick demo families and to check that
 * the population yields all three outcomes. It is NOT the engine (src/server/domain is): it follows RULES.md
 * with the simplifications written here, and the demo picks only families far from every threshold.
 */
export type ExpectedOutcome = "assign" | "refuse" | "review";

export interface Expectation {
  outcome: ExpectedOutcome;
  reasons: string[];
  counted: number;
  incomeQepik: number;
  thresholdQepik: number;
  /** Who the family would declare as caring for whom (the engine needs it declared; no register holds it). */
  carers: { fin: string; caresFor: string }[];
  /** Nothing close to a threshold and no imputed farm income: the forecast is safe to demo with. */
  clear: boolean;
}

/** RULES.md need criterion (AZN per person per month); equal to the subsistence minimum from 2023. */
const NEED_CRITERION: readonly [string, number][] = [
  ["2026-01-01", 300],
  ["2025-01-01", 285],
  ["2024-01-01", 270],
  ["2023-01-01", 246],
  ["2022-01-01", 200],
  ["2021-01-01", 170],
  ["2020-01-01", 160],
  ["2019-01-01", 143],
  ["2018-01-01", 130],
  ["2017-01-01", 116],
  ["2015-01-01", 105],
  ["2014-01-01", 100],
];
export function needCriterionQepik(on: string): number {
  return (NEED_CRITERION.find(([from]) => from <= on) ?? ["", 100])[1] * 100;
}

function monthsBefore(applicationDate: string): string[] {
  const k = amounts.monthIndex(applicationDate.slice(0, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const j = k - 12 + i;
    return `${Math.floor(j / 12)}-${String((j % 12) + 1).padStart(2, "0")}`;
  });
}

export function isExcluded(p: SimPerson, on: string): boolean {
  if (p.conscript && p.conscript.from <= on && on <= p.conscript.until) return true;
  if (p.prisoner && p.prisoner.since <= on && on <= p.prisoner.until) return true;
  return p.abroad !== undefined && daysBetween(p.abroad.exitedOn, on) > 183;
}

/** Imputed household-farm income: placeholder rates of this estimator only; the engine owns the real ones. */
function farmIncome(f: SimFamily): number {
  const rate = { CATTLE: 2000, SHEEP: 400, GOAT: 400, POULTRY: 50 } as const;
  return f.members.reduce(
    (s, m) =>
      s + (m.land ? Math.round(m.land.areaM2 / 5) : 0) + m.livestock.reduce((t, l) => t + rate[l.kind] * l.count, 0),
    0,
  );
}

export function expectOutcome(f: SimFamily, applicationDate: string): Expectation {
  const months = monthsBefore(applicationDate);
  const lastMonth = months[11] as string;
  const counted = f.members.filter((m) => !isExcluded(m, applicationDate));
  const n = counted.length;
  const c = needCriterionQepik(applicationDate);
  const threshold = n * c;
  const perMonth = (p: SimPerson, m: string) =>
    amounts.wageIn(p, m) +
    amounts.pensionIn(p, m) +
    amounts.benefitIn(p, m) +
    amounts.insuranceIn(p, m) +
    amounts.stipendIn(p, m) +
    amounts.entrepreneurialIn(p, m) +
    amounts.alimonyIn(p, m) +
    amounts.idpAllowanceIn(p, m);
  const total = counted.reduce((s, p) => s + months.reduce((t, m) => t + perMonth(p, m), 0), 0);
  const farm = farmIncome(f);
  const income = Math.floor(total / 12) + farm;
  const refusals: string[] = [];
  const reviews: string[] = [];

  if (n === 0) reviews.push("no member counts in the family");
  // A pending re-examination leaves the commission without a current decision for that member, whoever it is:
  // the app reports the commission's data as missing, and the engine sends the case to a person.
  if (f.members.some((m) => m.disability?.pending)) reviews.push("disability under re-examination");
  if (f.members.some((m) => m.vehicle && !m.vehicle.rehabilitation)) refusals.push("vehicle");
  if (f.members.some((m) => m.homes.filter((h) => h.purpose === "RESIDENTIAL").length >= 2))
    refusals.push("two residential properties");
  if (
    f.members.some(
      (m) =>
        m.bigPurchase && m.bigPurchase.amountQepik > 12 * c && m.bigPurchase.date >= addDays(applicationDate, -365),
    )
  )
    refusals.push("large purchase");
  if (counted.some((m) => (m.unemployed?.refusedOffers ?? 0) >= 2)) refusals.push("refused two job offers");
  const utilities = months.reduce(
    (s, m) =>
      s +
      amounts.billIn(f, "electricity", m) +
      amounts.billIn(f, "gas", m) +
      amounts.billIn(f, "water", m) +
      f.members.reduce((t, p) => t + amounts.telecomIn(p, m), 0),
    0,
  );
  const utilityPerPerson = n > 0 ? utilities / 12 / n : 0;
  if (n > 0 && utilityPerPerson >= 0.15 * c) refusals.push("utility costs");
  if (n > 0 && income >= threshold) refusals.push("income above the need criterion");
  // The engine sends incomes within 2 % of N × C to a person (THRESHOLD_REVIEW_MARGIN).
  if (n > 0 && Math.abs(income - threshold) <= 0.02 * threshold) reviews.push("income near the need criterion");

  // RULES.md "beyond the family's control": every able-bodied working-age member works or has a reason.
  const ageOf = (p: SimPerson) => ageOn(p.birthDate, applicationDate);
  const careTarget = counted.find(
    (p) => ageOf(p) < 8 || (p.disability && !p.disability.pending && (p.disability.degreePct >= 81 || ageOf(p) < 18)),
  );
  let carersLeft = careTarget ? 1 : 0;
  const carers: { fin: string; caresFor: string }[] = [];
  for (const p of counted) {
    const age = ageOf(p);
    if (age < 18 || age >= 65) continue;
    // Any certified disability means the law does not expect the person to work (a pending one is reviewed above).
    if (p.disability) continue;
    const reason =
      wageInLast(p, lastMonth) || p.entrepreneur || amounts.insuranceIn(p, lastMonth) > 0 || (p.study && age < 23);
    if (reason) continue;
    if (carersLeft > 0 && careTarget && careTarget !== p) {
      carersLeft--;
      carers.push({ fin: p.fin, caresFor: careTarget.fin });
      continue;
    }
    refusals.push("able-bodied member without work or accepted reason");
    break;
  }

  // As in the engine, a case a person must look at is reviewed even when a refusal ground is also found.
  const outcome: ExpectedOutcome = reviews.length > 0 ? "review" : refusals.length > 0 ? "refuse" : "assign";
  const margin = Math.abs(threshold - income) / Math.max(1, threshold);
  const clear =
    farm === 0 && margin > 0.2 && (outcome !== "refuse" || refusals.length >= 1) && utilityPerPerson < 0.12 * c;
  return {
    outcome,
    reasons: outcome === "refuse" ? refusals : reviews,
    counted: n,
    incomeQepik: income,
    thresholdQepik: threshold,
    carers,
    clear,
  };
}

function wageInLast(p: SimPerson, month: string): boolean {
  return amounts.wageIn(p, month) > 0;
}
