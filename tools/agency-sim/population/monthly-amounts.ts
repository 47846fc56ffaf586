import type { SimFamily, SimPerson } from "./model";
import { hash32 } from "./prng";

/**
 * What a person was paid, or a household billed, in a given month, derived from their parameters. The agency
 * replies and the expected-outcome estimator both read these, so they can never disagree.
 */
const startMonth = (iso: string) => iso.slice(0, 7);

/** ±8 % month-to-month wage variation (overtime, bonuses), stable per person and month. */
function wobble(fin: string, month: string, spread: number): number {
  return 1 + ((hash32(fin, month) % 2001) / 1000 - 1) * spread;
}

export function wageIn(p: SimPerson, month: string): number {
  if (!p.job || month < startMonth(p.job.from)) return 0;
  return Math.round(p.job.monthlyQepik * wobble(p.fin, month, 0.08));
}

export function pensionIn(p: SimPerson, month: string): number {
  return p.pension && month >= startMonth(p.pension.from) ? p.pension.monthlyQepik : 0;
}

export function benefitIn(p: SimPerson, month: string): number {
  return p.benefit && month >= startMonth(p.benefit.from) ? p.benefit.monthlyQepik : 0;
}

export function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return y * 12 + m - 1;
}

export function insuranceIn(p: SimPerson, month: string): number {
  const u = p.unemployed;
  if (!u || u.insuranceMonths === 0) return 0;
  const k = monthIndex(month) - monthIndex(startMonth(u.since));
  return k >= 0 && k < u.insuranceMonths ? u.insuranceMonthlyQepik : 0;
}

export function stipendIn(p: SimPerson, month: string): number {
  const s = p.study;
  if (!s || s.stipendQepik === 0 || month < startMonth(s.from) || month > startMonth(s.expectedEnd)) return 0;
  // No stipend in the summer months (July, August).
  return month.endsWith("-07") || month.endsWith("-08") ? 0 : s.stipendQepik;
}

/** Entrepreneurs file per quarter; the quarter's income is spread evenly for the estimator. */
export function entrepreneurialIn(p: SimPerson, month: string): number {
  if (!p.entrepreneur || month < startMonth(p.entrepreneur.registeredOn)) return 0;
  return Math.floor(p.entrepreneur.quarterlyQepik / 3);
}

export function alimonyIn(p: SimPerson, _month: string): number {
  return p.alimonyQepik ?? 0;
}

export function idpAllowanceIn(p: SimPerson, _month: string): number {
  return p.idpAllowanceQepik ?? 0;
}

/** Gas is a winter cost; the factors average to 1 over a year so the family's mean stays as generated. */
const GAS_SEASON = [2.0, 1.8, 1.4, 0.9, 0.5, 0.3, 0.3, 0.3, 0.5, 0.9, 1.4, 1.7];
const ELECTRICITY_SEASON = [1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.1, 1.1, 0.9, 0.9, 0.9, 1.0];

export function billIn(f: SimFamily, service: "electricity" | "gas" | "water", month: string): number {
  const m = Number(month.slice(5, 7)) - 1;
  if (service === "gas") return Math.round(f.gasQepik * (GAS_SEASON[m] ?? 1));
  if (service === "electricity") return Math.round(f.electricityQepik * (ELECTRICITY_SEASON[m] ?? 1));
  return f.waterQepik;
}

export function telecomIn(p: SimPerson, _month: string): number {
  return p.telecomQepik;
}
