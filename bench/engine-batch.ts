// Throughput of the engine's batch path: compiles 100,000 generated families into columns once, then decides them
// all under the law's policy, side by side with the single path (`assessFamily`) on the same families and a bare
// loop that only sums the same income records. One core (the loops are synchronous). Prints the figures; the
// batch's results are checked equal to the single path's before anything is timed.
//   npx tsx bench/engine-batch.ts [families]
import { assessFamily } from "../src/server/domain";
import { BATCH_OUTCOMES, assessBatch, createBatchResult } from "../src/server/domain/batch/assess-batch";
import { compileFamilies } from "../src/server/domain/batch/compile-families";
import { withPolicy, type Policy } from "../src/server/domain/batch/policy";
import { SEED_HOLIDAYS } from "../src/server/domain/data/holidays";
import { SEED_PARAMETERS } from "../src/server/domain/data/parameters";
import { parameterOn } from "../src/server/domain/parameters";
import { generatedFamilies } from "./support/generated-families";

const COUNT = Number(process.argv[2] ?? 100_000);
const families = generatedFamilies(COUNT);
const records = families.reduce((n, f) => n + f.incomes.length, 0);

// The law's values on one date, as one policy for the whole batch (the single path is given the same values).
const on = (code: Parameters<typeof parameterOn>[0]): number =>
  parameterOn(code, "2026-06-01", SEED_PARAMETERS)?.value ?? 0;
const policy: Policy = {
  needCriterionQepik: on("NEED_CRITERION"),
  thresholdReviewMarginBp: on("THRESHOLD_REVIEW_MARGIN"),
  declarationMatchBp: on("DECLARATION_MATCH_TOLERANCE"),
  declarationReviewBp: on("DECLARATION_REVIEW_TOLERANCE"),
};
const options = { parameters: withPolicy(SEED_PARAMETERS, policy), holidays: SEED_HOLIDAYS };

function timeIt(run: () => number): { ms: number; check: number } {
  const start = performance.now();
  const check = run();
  return { ms: performance.now() - start, check };
}

const compile = timeIt(() => compileFamilies(families, SEED_PARAMETERS).count);
const compiled = compileFamilies(families, SEED_PARAMETERS);
const into = createBatchResult(compiled.count);

// Same answers first: a benchmark of a wrong fast path would be worthless.
assessBatch(compiled, policy, into);
for (let i = 0; i < COUNT; i += 1) {
  const single = assessFamily(families[i]!, options);
  if (BATCH_OUTCOMES[into.outcome[i]!] !== single.outcome || into.amountQepik[i] !== single.figures.amountQepik) {
    throw new Error(`batch and single path differ on family ${i}`);
  }
}

const baseline = timeIt(() => {
  let sum = 0;
  for (const f of families) for (const r of f.incomes) sum += r.amountQepik;
  return sum;
});
// The same bare sum over the compiled amount column, best of five like the batch: what reading its rows costs at least.
const sumColumn = (): number => {
  let sum = 0;
  const amounts = compiled.recordAmount;
  for (let r = 0; r < amounts.length; r += 1) sum += amounts[r]!;
  return sum;
};
const columnBaseline = Array.from({ length: 5 }, () => timeIt(sumColumn)).reduce((best, t) =>
  t.ms < best.ms ? t : best,
);
const single = timeIt(() => {
  let sum = 0;
  for (const f of families) sum += assessFamily(f, options).figures.amountQepik;
  return sum;
});
// Best of five batch runs (each decides all families): the batch is short enough for timer noise to matter.
let batchMs = Infinity;
let batchCheck = 0;
for (let run = 0; run < 5; run += 1) {
  const t = timeIt(() => {
    assessBatch(compiled, policy, into);
    let sum = 0;
    for (let i = 0; i < COUNT; i += 1) sum += into.amountQepik[i]!;
    return sum;
  });
  if (t.ms < batchMs) batchMs = t.ms;
  batchCheck = t.check;
}
if (batchCheck !== single.check) throw new Error("batch and single path pay different totals");

const rate = (ms: number): number => Math.round(COUNT / (ms / 1000));
const figures = {
  families: COUNT,
  incomeRecords: records,
  compileOnce: { ms: Math.round(compile.ms) },
  batch: { ms: Number(batchMs.toFixed(1)), familiesPerSecond: rate(batchMs) },
  single: { ms: Math.round(single.ms), familiesPerSecond: rate(single.ms) },
  baselineSumOnly: { ms: Number(baseline.ms.toFixed(2)), familiesPerSecond: rate(baseline.ms) },
  baselineColumnSumOnly: { ms: Number(columnBaseline.ms.toFixed(2)), rows: compiled.recordAmount.length },
  batchToColumnSumTime: Number((batchMs / columnBaseline.ms).toFixed(1)),
  batchToBaselineTime: Number((batchMs / baseline.ms).toFixed(1)),
  singleToBatchTime: Number((single.ms / batchMs).toFixed(1)),
  node: process.version,
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(
  `batch: ${figures.batch.familiesPerSecond.toLocaleString("en")} families/s (${figures.singleToBatchTime}× the single path; ${figures.batchToBaselineTime}× the time of a bare summing loop over the input objects, ${figures.batchToColumnSumTime}× that of one over the compiled amount column)\n`,
);
