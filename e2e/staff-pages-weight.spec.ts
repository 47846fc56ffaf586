import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support/staff-cases";
import type { FirstLoad } from "./support/first-load";
import { measureStaffPages } from "./support/staff-first-load";
import { STAFF_FIRST_LOAD_JS_BUDGET } from "./support/staff-budget";

// The staff console's first-load JavaScript, page by page (compressed bytes as sent): every script the page asks
// for, before its load event or after it (a lazy chunk). Next's prefetches of the routes of the links in view are
// blocked by the measurement (e2e/support/first-load.ts): they are the next pages' cost, and on a busy machine they
// start before the load event, so counting them made the figure depend on the machine. The reports page draws its
// charts on the server: it must bring no more script than the staff home it is linked from.

const lateJs = (load: FirstLoad) => load.scripts.filter((s) => s.afterLoad).reduce((sum, s) => sum + s.bytes, 0);

test("the staff pages' first load is measured, and the reports page's charts add no JavaScript", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const pages = await measureStaffPages(browser, baseURL ?? "", DEMO_PASSWORD);
  const report = pages
    .map(
      (p) =>
        `${p.who.padEnd(10)} ${p.path.padEnd(20)} ${String(p.load.jsBytes).padStart(8)} B JS in ${p.load.scripts.length} scripts (${lateJs(p.load)} B of it after the load event), ${p.load.totalBytes} B in all`,
    )
    .join("\n");
  console.info(`staff pages, first-load JavaScript (compressed):\n${report}`);
  test.info().annotations.push({ type: "staff first-load JS", description: report });

  const js = (who: string, path: string) => {
    const page = pages.find((p) => p.who === who && p.path === path);
    return page ? page.load.jsBytes : Number.NaN;
  };
  for (const p of pages) {
    expect(p.load.scripts.length, p.path).toBeGreaterThan(0);
    // The server compresses a body of 1 KiB or more (smaller ones gain nothing, e.g. the 0.7 KB staff navigation
    // chunk); counted with its headers, anything sent at 2 KiB or more must have arrived compressed.
    for (const s of p.load.scripts.filter((script) => script.bytes >= 2048))
      expect(s.encoding ?? "identity", `${s.url} is sent uncompressed`).toMatch(/^(gzip|br|zstd)$/);
    expect(p.load.jsBytes, `${p.who} ${p.path}`).toBeLessThanOrEqual(STAFF_FIRST_LOAD_JS_BUDGET);
  }
  expect(js("supervisor", "/en/reports")).toBeLessThanOrEqual(js("supervisor", "/en/staff"));
});
