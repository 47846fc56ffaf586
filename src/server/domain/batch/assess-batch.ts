import type { Outcome } from "../outcome";
import { compareProducts } from "@/kernel/money";
import type { ReasonCode } from "../reasons";
import { RECORD_AGENCY, RECORD_DECLARED, type CompiledFamilies } from "./compile-families";
import type { Policy } from "./policy";

// The batch path of the decision engine: decides every compiled family under one policy, with the same rules and
// arithmetic as `assessFamily` (equality is a property test), but over typed columns and without building reason
// texts — `reasonCodesOf` names the reasons of one family when asked; the single path explains it in full.

export const BATCH_OUTCOMES: readonly Outcome[] = ["ASSIGN", "REFUSE", "REVIEW"];
const ASSIGN = 0;
const REFUSE = 1;
const REVIEW = 2;

/** The reasons a policy decides, one bit each. */
const POLICY_REASON_BITS: readonly ReasonCode[] = [
  "DECLARATION_MISMATCH",
  "DECLARATION_DIFFERS_WITHIN_TOLERANCE",
  "INCOME_AT_OR_ABOVE_THRESHOLD",
  "INCOME_NEAR_THRESHOLD",
  "LOW_INCOME_ASSIGNED",
];
const MISMATCH = 1;
const DIFFERS = 2;
const AT_OR_ABOVE = 4;
const NEAR = 8;
const ASSIGNED = 16;

export interface BatchResult {
  /** Index into BATCH_OUTCOMES. */
  outcome: Uint8Array;
  /** What is paid monthly (0 on REFUSE), as `figures.amountQepik`. */
  amountQepik: Float64Array;
  computedAmountQepik: Float64Array;
  totalIncomeQepik: Float64Array;
  thresholdQepik: Float64Array;
  policyReasons: Uint8Array;
}

export function createBatchResult(count: number): BatchResult {
  return {
    outcome: new Uint8Array(count),
    amountQepik: new Float64Array(count),
    computedAmountQepik: new Float64Array(count),
    totalIncomeQepik: new Float64Array(count),
    thresholdQepik: new Float64Array(count),
    policyReasons: new Uint8Array(count),
  };
}

// a × b ≤ c × d exactly: in doubles while every product stays below 2^53, otherwise as BigInt (the single path's way).
const SAFE = 2 ** 53;
function productAtMost(a: number, b: number, c: number, d: number): boolean {
  const left = a * b;
  const right = c * d;
  if (left < SAFE && right < SAFE) return left <= right;
  return compareProducts(a, b, c, d) <= 0;
}

/** 0 match, 1 within the review tolerance, 2 mismatch — `agreement` in rules/declaration.ts. */
function agreementLevel(declared: number, verified: number, matchBp: number, reviewBp: number): number {
  const difference = Math.abs(declared - verified);
  if (difference === 0 || productAtMost(difference, 10_000, verified, matchBp)) return 0;
  return productAtMost(difference, 10_000, verified, reviewBp) ? 1 : 2;
}

/** Decides every family in `families` under `policy`, writing into `into` (reusable across policies). */
export function assessBatch(
  families: CompiledFamilies,
  policy: Policy,
  into: BatchResult = createBatchResult(families.count),
): BatchResult {
  const {
    needCriterionQepik: c,
    thresholdReviewMarginBp: margin,
    declarationMatchBp: matchBp,
    declarationReviewBp: reviewBp,
  } = policy;
  const agency = new Float64Array(families.maxCells);
  const declared = new Float64Array(families.maxCells);
  const beyond = new Float64Array(families.maxCells);
  const hasAgency = new Uint8Array(families.maxCells);
  const comparable = new Uint8Array(families.maxCells);
  const {
    recordStart,
    recordCell,
    recordKind,
    recordAmount,
    recordComparable,
    checkStart,
    checkDeclared,
    checkVerified,
  } = families;

  for (let i = 0; i < families.count; i += 1) {
    const cells = families.cellCount[i] as number;
    agency.fill(0, 0, cells);
    declared.fill(0, 0, cells);
    beyond.fill(0, 0, cells);
    hasAgency.fill(0, 0, cells);
    const end = recordStart[i + 1] as number;
    for (let r = recordStart[i] as number; r < end; r += 1) {
      const cell = recordCell[r] as number;
      const kind = recordKind[r];
      const amount = recordAmount[r] as number;
      if (kind === RECORD_AGENCY) {
        agency[cell] = (agency[cell] as number) + amount;
        hasAgency[cell] = 1;
      } else if (kind === RECORD_DECLARED) {
        declared[cell] = (declared[cell] as number) + amount;
      } else {
        beyond[cell] = (beyond[cell] as number) + amount;
      }
      comparable[cell] = recordComparable[r] as number;
    }
    let total = 0;
    let agencyTotal = 0;
    let declaredTotal = 0;
    for (let k = 0; k < cells; k += 1) {
      const a = agency[k] as number;
      const d = declared[k] as number;
      total += (a > d ? a : d) + (beyond[k] as number);
      if (hasAgency[k] === 1 && comparable[k] === 1) {
        agencyTotal += a;
        declaredTotal += d;
      }
    }

    let bits = 0;
    let refusal = families.fixedRefusal[i] === 1;
    let review = families.fixedReview[i] === 1;
    // Ground 1: the income declared against the agencies' figure, then every other declared figure.
    if (agencyTotal > 0 || declaredTotal > 0) {
      const level = agreementLevel(declaredTotal, agencyTotal, matchBp, reviewBp);
      if (level === 2) bits |= MISMATCH;
      else if (level === 1) bits |= DIFFERS;
    }
    for (let k = checkStart[i] as number; k < (checkStart[i + 1] as number); k += 1) {
      // Only a declaration below the check's figure is compared, as in rules/declaration.ts.
      if ((checkDeclared[k] as number) >= (checkVerified[k] as number)) continue;
      const level = agreementLevel(checkDeclared[k] as number, checkVerified[k] as number, matchBp, reviewBp);
      if (level === 2) bits |= MISMATCH;
      else if (level === 1) bits |= DIFFERS;
    }

    const n = families.memberCount[i] as number;
    const threshold = n * c;
    const yearly = 12 * threshold;
    const gap = yearly - total;
    const computed = gap > 0 ? Math.floor(gap / 12) : 0;
    if (n > 0) {
      const low = total < yearly;
      if (!low) bits |= AT_OR_ABOVE;
      const distance = gap < 0 ? -gap : gap;
      // A margin of 0 turns the band off, as in isNearThreshold: an income exactly at N × C is then refused.
      if ((low && computed === 0) || (margin > 0 && productAtMost(distance, 10_000, yearly, margin))) bits |= NEAR;
    }
    if ((bits & MISMATCH) !== 0 || (bits & AT_OR_ABOVE) !== 0) refusal = true;
    if ((bits & DIFFERS) !== 0 || (bits & NEAR) !== 0) review = true;
    const outcome = review ? REVIEW : refusal ? REFUSE : ASSIGN;
    if (outcome === ASSIGN && computed > 0) bits |= ASSIGNED;

    into.outcome[i] = outcome;
    into.computedAmountQepik[i] = computed;
    into.amountQepik[i] = outcome === REFUSE ? 0 : computed;
    into.totalIncomeQepik[i] = total;
    into.thresholdQepik[i] = threshold;
    into.policyReasons[i] = bits;
  }
  return into;
}

/** The distinct reason codes of family i, sorted — built only when asked. */
export function reasonCodesOf(families: CompiledFamilies, result: BatchResult, i: number): ReasonCode[] {
  const codes = new Set<ReasonCode>(families.fixedReasons[i]);
  const bits = result.policyReasons[i] as number;
  POLICY_REASON_BITS.forEach((code, bit) => {
    if ((bits & (1 << bit)) !== 0) codes.add(code);
  });
  return [...codes].sort();
}
