// Throughput of the ÜDSY decision engine: assesses 100,000 generated families and compares the rate with a
// baseline loop that only sums the same income records, in the same run. Then one family from its JSON text, as
// `npm run assess` and the chain's decision take it: JSON.parse, the input check, the engine; the check by the zod
// schema alone (what it cost before the guard) and by parseAssessmentInput (the guard), in the same run, in µs of
// CPU per family, each also as a ratio to JSON.parse of the same texts (the baseline, measured in the same run: a
// machine shared with other work moves the µs, far less the ratios). Prints the figures.
//   npx tsx bench/decision-engine-throughput.ts [families]
import { spawnSync } from "node:child_process";
import { assessFamily, parseAssessmentInput, ZAssessmentInput } from "../src/server/domain";
import { SEED_HOLIDAYS } from "../src/server/domain/data/holidays";
import { SEED_PARAMETERS } from "../src/server/domain/data/parameters";
import { generatedFamilies } from "./support/generated-families";
import { APP_NODE_FLAGS } from "../tools/dev/standalone";

// The engine runs in the app, so it is measured with the flags the image runs the app with: with V8's default young
// generation the same figures swung by half from one run to the next as scavenges fell in or out of a pass, and with
// allocation-site pretenuring the 2,000 inputs kept below for the engine's figure made every later input old, which
// kept each parsed family alive until a full collection (docs/decision-engine.md, "8 December 2026").
if (!APP_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  const r = spawnSync(process.execPath, [...APP_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

const COUNT = Number(process.argv[2] ?? 100_000);
const options = { parameters: SEED_PARAMETERS, holidays: SEED_HOLIDAYS };

// One family from its JSON text, in CPU µs (process.cpuUsage: what other processes on the machine do is not counted;
// V8's own helper threads, which mark and sweep the heap, are). 2,000 texts passed over again and again, and each
// figure the median of 9 rounds: a single pass over 20,000 texts after a short warm-up measured the JIT and the
// garbage collector's state as much as the work (the same code read 55–130 µs from one run to the next). Measured
// before the throughput's 100,000 families are made: the collector's work on those afterwards doubled these figures.
const texts = generatedFamilies(2_000).map((f) => JSON.stringify(f));
const objects = texts.map((t): unknown => JSON.parse(t));
const inputs = objects.map((o) => parseAssessmentInput(o));
const ROUNDS = 9;
const PASSES = 5;
function cpuMicros<T>(items: T[], run: (item: T) => unknown): number {
  for (const item of items) run(item);
  const perRound: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (let pass = 0; pass < PASSES; pass++) for (const item of items) run(item);
    const used = process.cpuUsage(start);
    perRound.push((used.user + used.system) / (PASSES * items.length));
  }
  perRound.sort((a, b) => a - b);
  return Number((perRound[(ROUNDS - 1) / 2] ?? 0).toFixed(1));
}
const fromJson = {
  families: texts.length,
  jsonParseMicros: cpuMicros(texts, (t) => JSON.parse(t)),
  guardParseMicros: cpuMicros(objects, (o) => parseAssessmentInput(o)),
  engineMicros: cpuMicros(inputs, (i) => assessFamily(i, options)),
  wholeMicros: cpuMicros(texts, (t) => assessFamily(parseAssessmentInput(JSON.parse(t)), options)),
  // zod last: its garbage left every figure measured after it slower, JSON.parse's by half.
  zodParseMicros: cpuMicros(objects, (o) => ZAssessmentInput.parse(o)),
  wholeWithZodMicros: cpuMicros(texts, (t) => assessFamily(ZAssessmentInput.parse(JSON.parse(t)), options)),
};

const families = generatedFamilies(COUNT);
const records = families.reduce((n, f) => n + f.incomes.length, 0);

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

const toJson = (micros: number): number => Number((micros / fromJson.jsonParseMicros).toFixed(2));
const ratiosToJsonParse = {
  guard: toJson(fromJson.guardParseMicros),
  zod: toJson(fromJson.zodParseMicros),
  engine: toJson(fromJson.engineMicros),
  whole: toJson(fromJson.wholeMicros),
  wholeWithZod: toJson(fromJson.wholeWithZodMicros),
};
const rate = (ms: number): number => Math.round(COUNT / (ms / 1000));
const figures = {
  families: COUNT,
  incomeRecords: records,
  engine: { ms: Math.round(engine.ms), familiesPerSecond: rate(engine.ms), outcomes },
  baselineSumOnly: { ms: Number(baseline.ms.toFixed(2)), familiesPerSecond: rate(baseline.ms) },
  ratioBaselineToEngine: Number((engine.ms / baseline.ms).toFixed(1)),
  fromJson,
  ratiosToJsonParse,
  node: process.version,
};
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(
  `engine: ${figures.engine.familiesPerSecond.toLocaleString("en")} families/s; baseline sum loop: ${figures.baselineSumOnly.familiesPerSecond.toLocaleString("en")} families/s; the engine takes ${figures.ratioBaselineToEngine}× the time of the baseline\n`,
);
process.stdout.write(
  `one family from its JSON text, CPU µs: ${fromJson.wholeMicros} (JSON.parse ${fromJson.jsonParseMicros} + input check ${fromJson.guardParseMicros} + engine ${fromJson.engineMicros}); with the zod schema as the check ${fromJson.wholeWithZodMicros} (zod ${fromJson.zodParseMicros}); check zod / guard ${(fromJson.zodParseMicros / fromJson.guardParseMicros).toFixed(1)}×\n`,
);
process.stdout.write(
  `as multiples of JSON.parse of the same text: whole ${ratiosToJsonParse.whole}× (input check ${ratiosToJsonParse.guard}×, engine ${ratiosToJsonParse.engine}×); with zod ${ratiosToJsonParse.wholeWithZod}×\n`,
);
