import { compareProducts, divideRoundingUp } from "@/kernel/money";

// The amount: A = N × C − I, where I = 12-month income / 12 (sosial.gov.az; 2020 example: 4 × 160 − 400 = 240 AZN).
//
// Rounding rule (design): eligibility is decided on exact figures, I < N × C ⟺ total < 12 × N × C, with no
// rounding at all. I is shown rounded UP to the whole qəpik, and the amount is N × C − I, i.e. the exact amount
// rounded DOWN to the whole qəpik: a family is never paid a fraction of a qəpik more than the formula gives,
// and never loses more than 1 qəpik a month.

export const INCOME_WINDOW_MONTHS = 12;

/** N × C: the family's need criterion per month, qəpik. */
export function familyThreshold(memberCount: number, needCriterionQepik: number): number {
  return memberCount * needCriterionQepik;
}

/** I, rounded up to the qəpik. */
export function averageMonthlyIncome(totalQepik: number): number {
  return divideRoundingUp(totalQepik, INCOME_WINDOW_MONTHS);
}

/** The family is low-income when I < N × C (Law 1039, art. 1), compared exactly as total < 12 × N × C. */
export function isLowIncome(totalQepik: number, thresholdQepik: number): boolean {
  return totalQepik < INCOME_WINDOW_MONTHS * thresholdQepik;
}

/** A = N × C − I, rounded down to the qəpik; 0 when the family is not low-income. Never above N × C. */
export function monthlyAmount(totalQepik: number, thresholdQepik: number): number {
  const gap = INCOME_WINDOW_MONTHS * thresholdQepik - totalQepik;
  return gap > 0 ? Math.floor(gap / INCOME_WINDOW_MONTHS) : 0;
}

/**
 * Near the threshold *(design)*: |I − N × C| ≤ margin × N × C (margin in basis points, THRESHOLD_REVIEW_MARGIN),
 * on either side, compared exactly on 12-month totals. Such a family is decided by a person: a small error in one
 * agency's figure could turn the result. An amount that rounds to 0 qəpik is also near the threshold.
 */
export function isNearThreshold(totalQepik: number, thresholdQepik: number, marginBasisPoints: number): boolean {
  const yearly = INCOME_WINDOW_MONTHS * thresholdQepik;
  const distance = Math.abs(yearly - totalQepik);
  if (isLowIncome(totalQepik, thresholdQepik) && monthlyAmount(totalQepik, thresholdQepik) === 0) return true;
  // A margin of 0 turns the band off: the law's own line (I < N × C) then decides, equality included.
  return marginBasisPoints > 0 && compareProducts(distance, 10_000, yearly, marginBasisPoints) <= 0;
}
