// Throughput of the ÜDSY decision engine: assesses 100,000 generated families and compares the rate with a
// baseline loop that only sums the same income records, in the same run. Prints the figures.
//   npx tsx bench/decision-engine-throughput.ts [families]
import { assessFamily } from "../src/server/domain";
import { SEED_HOLIDAYS } from "../src/server/domain/data/holidays";
import { SEED_PARAMETERS } from "../src/server/domain/data/parameters";
import { generatedFamilies } from "./support/generated-families";

const COUNT = Number(process.argv[2] ?? 100_000);

const families = generatedFamilies(COUNT);
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
