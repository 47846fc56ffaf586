import { dayNumber } from "@/kernel/calendar-date";
import type { AssessmentInput } from "../input-schema";
import type { ParameterSet } from "../parameters";
import { REASON_KIND_BY_CODE, type ReasonCode } from "../reasons";
import { createRuleContext, missingParameterReasons, type RuleOutput } from "../rule-context";
import { motorVehicle, realEstateSamePurpose } from "../rules/assets";
import { lowIncomeBeyondControl } from "../rules/beyond-control";
import { familyComposition } from "../rules/family-composition";
import { inWindow, incomeTypeCountedIn, incomeWindow, monthNumber } from "../rules/income";
import { jobOfferRefusals } from "../rules/job-offers";
import { falseInformationBar } from "../rules/previous-findings";
import { agencyDataComplete, homeInspection, representative } from "../rules/process";
import { largeTransactions, utilityCosts } from "../rules/transactions-and-costs";

// Families compiled once into typed columns for the batch path. What does not depend on a policy (who is counted,
// which income records fall in the window and are of a counted type, the verdicts of the asset, transaction,
// process and previous-finding rules) is settled here; what a policy changes (income against N × C, the review
// margin, the declaration tolerances) is left as columns for `assessBatch` to decide as often as asked.
//
// Income records become three columns: the record's cell (member × type × month, numbered within its family),
// its kind (agency, declared, beyond the registers) and its amount. Dates are day numbers.

export const RECORD_AGENCY = 0;
export const RECORD_DECLARED = 1;
export const RECORD_BEYOND = 2;

export interface CompiledFamilies {
  count: number;
  /** N: members counted. */
  memberCount: Int32Array;
  applicationDay: Int32Array;
  /** Records of family i are recordStart[i] … recordStart[i + 1] − 1; its cells are numbered 0 … cellCount[i] − 1. */
  recordStart: Int32Array;
  cellCount: Int32Array;
  recordCell: Int32Array;
  recordKind: Uint8Array;
  recordAmount: Float64Array;
  /** 1 when the record's member declared some income of that type: the cell is compared for ground 1. */
  recordComparable: Uint8Array;
  /** Declared figures other than income (declarationChecks): checks of family i are checkStart[i] … checkStart[i + 1] − 1. */
  checkStart: Int32Array;
  checkDeclared: Float64Array;
  checkVerified: Float64Array;
  /** Whether the policy-independent rules gave a refusal / a review reason. */
  fixedRefusal: Uint8Array;
  fixedReview: Uint8Array;
  /** Their reason codes, for explaining a family and for comparing with the single path. */
  fixedReasons: ReasonCode[][];
  maxCells: number;
}

function fixedRuleOutputs(
  input: AssessmentInput,
  parameters: ParameterSet,
): {
  reasons: ReasonCode[];
  counted: ReturnType<typeof familyComposition>["counted"];
  ctx: ReturnType<typeof createRuleContext>;
} {
  const { counted } = familyComposition(input.members);
  const ctx = createRuleContext(input, parameters, counted);
  const window = incomeWindow(input.applicationDate);
  const outputs: RuleOutput[] = [
    falseInformationBar(ctx),
    largeTransactions(ctx, window),
    motorVehicle(ctx),
    jobOfferRefusals(ctx, window),
    utilityCosts(ctx, window),
    realEstateSamePurpose(ctx),
    lowIncomeBeyondControl(ctx),
    agencyDataComplete(ctx),
    homeInspection(ctx),
    representative(ctx),
  ];
  const reasons: ReasonCode[] = counted.length === 0 ? ["NO_COUNTED_MEMBERS"] : [];
  for (const o of outputs) for (const r of o.reasons) reasons.push(r.code);
  for (const r of missingParameterReasons(ctx)) reasons.push(r.code);
  return { reasons, counted, ctx };
}

/** Compiles families under the law's parameters (the policy's own parameters are ignored here). */
export function compileFamilies(inputs: readonly AssessmentInput[], parameters: ParameterSet): CompiledFamilies {
  const count = inputs.length;
  const recordTotal = inputs.reduce((n, f) => n + f.incomes.length, 0);
  const checkTotal = inputs.reduce((n, f) => n + f.declarationChecks.length, 0);
  const out: CompiledFamilies = {
    count,
    memberCount: new Int32Array(count),
    applicationDay: new Int32Array(count),
    recordStart: new Int32Array(count + 1),
    cellCount: new Int32Array(count),
    recordCell: new Int32Array(recordTotal),
    recordKind: new Uint8Array(recordTotal),
    recordAmount: new Float64Array(recordTotal),
    recordComparable: new Uint8Array(recordTotal),
    checkStart: new Int32Array(count + 1),
    checkDeclared: new Float64Array(checkTotal),
    checkVerified: new Float64Array(checkTotal),
    fixedRefusal: new Uint8Array(count),
    fixedReview: new Uint8Array(count),
    fixedReasons: [],
    maxCells: 0,
  };
  let r = 0;
  let c = 0;
  for (let i = 0; i < count; i += 1) {
    const input = inputs[i] as AssessmentInput;
    const { reasons, counted, ctx } = fixedRuleOutputs(input, parameters);
    out.memberCount[i] = counted.length;
    out.applicationDay[i] = dayNumber(input.applicationDate);
    out.fixedReasons.push(reasons);
    out.fixedRefusal[i] = reasons.some((code) => REASON_KIND_BY_CODE[code] === "REFUSAL") ? 1 : 0;
    out.fixedReview[i] = reasons.some((code) => REASON_KIND_BY_CODE[code] === "REVIEW") ? 1 : 0;

    // The same filter as countedIncome: counted members, in the window, of a counted type.
    const countedFins = new Set(counted.map((m) => m.fin));
    const window = incomeWindow(input.applicationDate);
    const cells = new Map<string, number>();
    const declaredMemberTypes = new Set<string>();
    const countedIn = new Map<string, (month: number) => boolean>();
    const typeCountedIn = (rec: (typeof input.incomes)[number]) => {
      let counts = countedIn.get(rec.type);
      if (counts === undefined) countedIn.set(rec.type, (counts = incomeTypeCountedIn(rec.type, ctx)));
      return counts(monthNumber(rec.month));
    };
    const kept = input.incomes.filter(
      (rec) => countedFins.has(rec.memberFin) && inWindow(rec.month, window) && typeCountedIn(rec),
    );
    for (const rec of kept)
      if (!rec.beyondRegisters && rec.source === "DECLARED") declaredMemberTypes.add(`${rec.memberFin}|${rec.type}`);
    out.recordStart[i] = r;
    for (const rec of kept) {
      const key = `${rec.memberFin}|${rec.type}|${rec.month}`;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = cells.size;
        cells.set(key, cell);
      }
      out.recordCell[r] = cell;
      out.recordKind[r] =
        rec.beyondRegisters === true ? RECORD_BEYOND : rec.source === "DECLARED" ? RECORD_DECLARED : RECORD_AGENCY;
      out.recordAmount[r] = rec.amountQepik;
      out.recordComparable[r] = declaredMemberTypes.has(`${rec.memberFin}|${rec.type}`) ? 1 : 0;
      r += 1;
    }
    out.cellCount[i] = cells.size;
    if (cells.size > out.maxCells) out.maxCells = cells.size;
    out.checkStart[i] = c;
    for (const check of input.declarationChecks) {
      out.checkDeclared[c] = check.declared;
      out.checkVerified[c] = check.verified;
      c += 1;
    }
  }
  out.recordStart[count] = r;
  out.checkStart[count] = c;
  return out;
}
