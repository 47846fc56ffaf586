/**
 * The reports over a programme year of N applications (default 100,000, written by tools/history/seed-history.ts):
 * the reports service (`computeProgrammeReport`: the holiday calendar read, the working-day table built, six
 * statements through Prisma, every row checked by zod, the answer shaped) against the same six statements sent as
 * raw SQL through pg with the working-day table given, side by side in the same run. Goal: ≤ 2×. Run:
 *   npx tsx bench/reports.ts [--applications 100000] [--runs 7] [--url postgresql://…/a-history-database]
 * Without --url it makes a fresh database, migrates it and fills it (a few minutes). Asserts no timing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { bakuDate } from "@/kernel/calendar-date";
import { createPrismaClient } from "../src/server/db/create-client";
import { decisionDeadlineDays, loadHolidayCalendar } from "../src/server/services/law/law-data";
import {
  computeProgrammeReport,
  workingDaySpan,
  workingDayTable,
} from "../src/server/services/reports/read-programme-report";
import { defaultPeriod, type ReportScope } from "../src/server/services/reports/report-filter";
import { reportStatements } from "../src/server/services/reports/report-queries";
import { freshDatabase } from "../tests/support/fresh-database";
import { assertSucceeded, runPrisma } from "../tests/support/prisma-cli";

const { values: args } = parseArgs({
  options: {
    applications: { type: "string", default: "100000" },
    runs: { type: "string", default: "7" },
    url: { type: "string" },
  },
});
const runs = Number(args.runs);
const root = path.resolve(import.meta.dirname, "..");

let url = args.url;
let drop: (() => Promise<void>) | undefined;
if (!url) {
  const database = await freshDatabase("bench_reports");
  url = database.url;
  drop = database.drop;
  assertSucceeded(await runPrisma(["migrate", "deploy"], url), "prisma migrate deploy");
  const seeded = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    [path.join(root, "tools/history/seed-history.ts"), "--applications", args.applications],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } },
  );
  if (seeded.status !== 0) throw new Error("seed:history failed");
}

const db = createPrismaClient(url, 5);
const pool = new pg.Pool({ connectionString: url, max: 5 });
const now = new Date();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

try {
  const applications = Number((await pool.query(`SELECT count(*)::int AS n FROM "Application"`)).rows[0].n);
  const period = defaultPeriod(now);
  const busiest = (
    await pool.query(`SELECT "districtCode" AS d FROM "Application" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)
  ).rows[0].d as string;
  const scopes: [string, ReportScope][] = [
    ["country by district (ministry)", { ...period, districtCode: null }],
    [`one district (${busiest})`, { ...period, districtCode: busiest }],
  ];

  const results: Record<string, { serviceMs: number; rawMs: number; ratio: number }> = {};
  for (const [label, scope] of scopes) {
    // The raw baseline gets the working-day table ready-made: building it is part of the service's cost.
    const span = workingDaySpan(scope, now);
    const wd = workingDayTable(
      span.from,
      span.to,
      await loadHolidayCalendar(db, Number(span.from.slice(0, 4)), Number(span.to.slice(0, 4))),
    );
    const statements = reportStatements(scope, wd, await decisionDeadlineDays(db, span.to));
    const raw = async () => {
      await Promise.all(statements.map((s) => pool.query(s.text, s.values as unknown[])));
    };
    const service = async () => {
      await computeProgrammeReport(db, scope, now);
    };
    for (let i = 0; i < 2; i++) {
      await raw();
      await service();
    }
    const serviceMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      for (const [fn, into] of (i % 2 === 0
        ? [
            [raw, rawMs],
            [service, serviceMs],
          ]
        : [
            [service, serviceMs],
            [raw, rawMs],
          ]) as [() => Promise<void>, number[]][]) {
        const t0 = performance.now();
        await fn();
        into.push(performance.now() - t0);
      }
    }
    results[label] = { serviceMs: median(serviceMs), rawMs: median(rawMs), ratio: median(serviceMs) / median(rawMs) };
  }

  console.info(`Reports over ${applications} applications, period ${period.from} to ${period.to} (median of ${runs} runs, alternating)
  scope                                  service      raw SQL     ratio (goal ≤ 2×)`);
  for (const [label, r] of Object.entries(results)) {
    console.info(
      `  ${label.padEnd(36)} ${r.serviceMs.toFixed(1).padStart(8)} ms ${r.rawMs.toFixed(1).padStart(8)} ms   ${r.ratio.toFixed(2)}×`,
    );
  }
  const out = path.join(root, "bench/results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "reports.json"),
    `${JSON.stringify({ applications, period, runs, measuredOn: bakuDate(now), results }, null, 2)}\n`,
  );
} finally {
  await pool.end();
  await db.$disconnect();
  await drop?.();
}
