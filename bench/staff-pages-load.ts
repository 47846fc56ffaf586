// The staff console's first load, page by page: JavaScript bytes as sent (compressed), all bytes, and the time to
// the load event on slow 4G, for a supervisor (home, reports, audit log) and an administrator (home, reports,
// what-if). Prints the figures and writes bench/results/staff-pages-load.json.
//   Needs the app in production mode with its demo staff, e.g. `npm start -- --prod` (port 3000) or the e2e
//   server, then: npx tsx bench/staff-pages-load.ts [--base http://localhost:3000] [--runs 3] [--password …]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { measureStaffPages } from "../e2e/support/staff-first-load";

const { values: args } = parseArgs({
  options: {
    base: { type: "string", default: "http://localhost:3000" },
    runs: { type: "string", default: "3" },
    password: { type: "string", default: "vemtas-demo-2026" },
  },
});
const base = args.base.replace(/\/+$/, "");
const runs = Number(args.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP localhost 127.0.0.1",
  ],
});
try {
  const all: Awaited<ReturnType<typeof measureStaffPages>>[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureStaffPages(browser, base, args.password, { throttle: true }));
  const first = all[0] ?? [];
  const figures = first.map((p, i) => ({
    who: p.who,
    path: p.path,
    jsBytes: median(all.map((run) => run[i]?.load.jsBytes ?? Number.NaN)),
    totalBytes: median(all.map((run) => run[i]?.load.totalBytes ?? Number.NaN)),
    loadMs: Math.round(median(all.map((run) => run[i]?.load.interactiveMs ?? Number.NaN))),
    scripts: p.load.scripts.length,
  }));
  console.info(`Staff pages, first load on slow 4G (median of ${runs} runs, cache disabled)
  role       page                  JS (compressed)   all bytes   load event`);
  for (const f of figures)
    console.info(
      `  ${f.who.padEnd(10)} ${f.path.padEnd(20)} ${String(f.jsBytes).padStart(12)} B ${String(f.totalBytes).padStart(10)} B ${String(f.loadMs).padStart(8)} ms`,
    );
  const out = path.resolve(import.meta.dirname, "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, "staff-pages-load.json"),
    `${JSON.stringify({ runs, base, pages: figures }, null, 2)}\n`,
  );
} finally {
  await browser.close();
}
