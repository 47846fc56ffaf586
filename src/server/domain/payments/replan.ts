import type { YearMonth } from "@/kernel/calendar-date";
import { isPaidOrPaying, planEntitlements, type AssignmentTerms, type Entitlement } from "./schedule";

// A later final decision (an appeal answer, a reassessment, a false-information finding) changes the assignment
// from its effective month. Months before it are history; from it on the new decision rules: a changed amount
// for months not yet paid, no payment at all for months outside its period or under a refusal. Money already
// paid is never clawed back; money paid short is paid once, as arrears. A month cancelled by the very decision the
// new one overturns (an appeal answered against a decision that ended the assistance) is paid again: the family
// won, and the ending that cancelled it is no longer in force.

export interface Replan {
  /** Months not yet paid (planned, rejected or stopped) whose amount changes; their status stays. */
  changed: { month: YearMonth; amountQepik: number }[];
  /** Months not yet paid that the new decision no longer pays. */
  cancelled: YearMonth[];
  /** Months the new decision adds (a refusal turned into an assignment, a later period end). */
  added: Entitlement[];
  /** Months the overturned decision had cancelled that the new one pays: PLANNED again, at its amount. */
  revived: { month: YearMonth; amountQepik: number }[];
  /** What months already paid at a lower amount are owed, in one payment; 0 when nothing is owed. */
  arrearsQepik: number;
}

/**
 * `overturned`: the months the decision the new one supersedes had cancelled (not those a renewal took over, nor a
 * rejected month staff cancelled: those stay cancelled whatever the new decision says).
 */
export function replanEntitlements(
  current: readonly Entitlement[],
  terms: AssignmentTerms,
  effectiveFrom: YearMonth | null,
  overturned: ReadonlySet<YearMonth> = new Set(),
): Replan {
  const from = effectiveFrom ?? "0000-01";
  const target = new Map(planEntitlements(terms).map((e) => [e.month, e]));
  const replan: Replan = { changed: [], cancelled: [], added: [], revived: [], arrearsQepik: 0 };
  const known = new Set<YearMonth>();
  for (const e of current) {
    known.add(e.month);
    if (e.month < from) continue;
    const next = target.get(e.month);
    if (e.status === "CANCELLED") {
      if (next && overturned.has(e.month)) replan.revived.push({ month: e.month, amountQepik: next.amountQepik });
      continue;
    }
    if (isPaidOrPaying(e.status)) {
      if (next && next.amountQepik > e.amountQepik) replan.arrearsQepik += next.amountQepik - e.amountQepik;
      continue;
    }
    // A stopped month stays stopped (docs/payments.md: no back pay for months stopped for no withdrawal) but takes
    // the new amount, so that a resumption pays what is in force; a decision ending the assignment cancels it.
    if (!next) replan.cancelled.push(e.month);
    else if (next.amountQepik !== e.amountQepik) replan.changed.push({ month: e.month, amountQepik: next.amountQepik });
  }
  for (const [month, e] of target) if (month >= from && !known.has(month)) replan.added.push(e);
  return replan;
}
