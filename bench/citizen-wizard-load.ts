// The citizen wizard's first load on a phone over slow 4G, against a plain static HTML page of the same content
// served by the same server: JavaScript bytes as sent (compressed), all bytes, and the time until the page can be
// used (the static copy: drawn with its stylesheet and font; its load event alone is printed too, because Chrome
// fires it before or after the font arrives from one run of this bench to the next, 1.2 or 2.1 s on slow 4G); and
// its JavaScript and time against the floor, a bare Next App Router app with one client form built in this run.
// Prints the figures and writes them to bench/results/citizen-wizard-load.json.
//   Needs the app in production mode with its local services, e.g. `npm start -- --prod` (port 3000) or the e2e
//   server, then: npx tsx bench/citizen-wizard-load.ts [--base http://localhost:3000] [--runs 5]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type BrowserContext } from "@playwright/test";
import { measureFirstLoad, SLOW_4G, type FirstLoad } from "../e2e/support/first-load";
import { uniqueCitizen } from "../e2e/support/unique-citizen";
import { messageCount, waitForCode } from "./support/sign-in-code";
import { startBareNextApp } from "./support/bare-next-floor";
import { startStaticCopyProxy, STATIC_PATH, withoutScripts } from "./support/static-copy-proxy";

const { values: args } = parseArgs({
  options: { base: { type: "string", default: "http://localhost:3000" }, runs: { type: "string", default: "5" } },
});
const base = args.base.replace(/\/+$/, "");
const runs = Number(args.runs);
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "az" };

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

async function signedInContext(): Promise<{ context: BrowserContext; wizardPath: string }> {
  const context = await browser.newContext({ ...phone, baseURL: base });
  const page = await context.newPage();
  const citizen = uniqueCitizen();
  const before = await messageCount(citizen.phone);
  await page.goto("/az/sign-in");
  await page.locator("#fin").fill(citizen.fin);
  await page.locator("#phone").fill(citizen.phone);
  await page.locator("form button[type=submit]").click();
  await page.locator("#code").fill(await waitForCode(citizen.phone, before));
  await page.locator("form button[type=submit]").click();
  await page.waitForURL(/\/az\/my$/);
  await page.getByRole("button", { name: "Müraciətə başlayın" }).click();
  await page.waitForURL(/\/az\/apply\/[^/]+$/);
  const wizardPath = new URL(page.url()).pathname;
  await page.close();
  return { context, wizardPath };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

try {
  const { context: session, wizardPath } = await signedInContext();
  const cookies = await session.cookies();
  // The static copy: the same server-rendered page, read without running any script, then stripped of them.
  const noJs = await browser.newContext({ ...phone, javaScriptEnabled: false });
  await noJs.addCookies(cookies);
  const rendered = await (await noJs.newPage()).goto(`${base}${wizardPath}`);
  const staticHtml = withoutScripts((await rendered?.text()) ?? "");
  await noJs.close();
  const proxy = await startStaticCopyProxy(base, staticHtml);
  // The wizard itself is measured, not a page it sends a signed-out visitor to.
  const check = await session.newPage();
  await check.goto(`${proxy.url}${wizardPath}`);
  if (new URL(check.url()).pathname !== wizardPath)
    throw new Error(`the wizard at ${proxy.url}${wizardPath} answered with ${check.url()}: not signed in there`);
  await check.close();
  const bare = await startBareNextApp();

  const wizard: FirstLoad[] = [];
  const plain: FirstLoad[] = [];
  const floor: FirstLoad[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [list, url, hydrates] of [
      [wizard, `${proxy.url}${wizardPath}`, true],
      [plain, `${proxy.url}${STATIC_PATH}`, false],
      [floor, bare.url, true],
    ] as const) {
      const context = await browser.newContext(phone);
      await context.addCookies(cookies);
      list.push(await measureFirstLoad(await context.newPage(), url, { hydrates, throttle: true }));
      await context.close();
    }
  }
  await proxy.close();
  bare.close();
  await session.close();

  const figures = {
    runs,
    network: { preset: "slow 4G (Chrome DevTools)", ...SLOW_4G },
    wizard: {
      jsBytes: median(wizard.map((x) => x.jsBytes)),
      totalBytes: median(wizard.map((x) => x.totalBytes)),
      interactiveMs: median(wizard.map((x) => Math.max(x.interactiveMs, x.renderedMs))),
      scripts: wizard[0]?.scripts.length ?? 0,
    },
    staticPage: {
      jsBytes: median(plain.map((x) => x.jsBytes)),
      totalBytes: median(plain.map((x) => x.totalBytes)),
      interactiveMs: median(plain.map((x) => x.renderedMs)),
      loadEventMs: median(plain.map((x) => x.interactiveMs)),
    },
    bareNextApp: {
      jsBytes: median(floor.map((x) => x.jsBytes)),
      scripts: floor[0]?.scripts.length ?? 0,
      interactiveMs: median(floor.map((x) => Math.max(x.interactiveMs, x.renderedMs))),
    },
  };
  const ratio = {
    jsOverFloor: figures.wizard.jsBytes / figures.bareNextApp.jsBytes,
    totalBytes: figures.wizard.totalBytes / figures.staticPage.totalBytes,
    interactive: figures.wizard.interactiveMs / figures.staticPage.interactiveMs,
    interactiveOverStaticLoadEvent: figures.wizard.interactiveMs / figures.staticPage.loadEventMs,
  };
  console.info(`Citizen wizard, first load on slow 4G (median of ${runs} runs, cache disabled, phone viewport)
                         wizard        static copy    ratio
  JavaScript (compressed) ${String(figures.wizard.jsBytes).padStart(9)} B  ${String(figures.staticPage.jsBytes).padStart(9)} B        —   (${figures.wizard.scripts} scripts)
  JavaScript, bare Next app (the floor) ${String(figures.bareNextApp.jsBytes).padStart(9)} B   ${ratio.jsOverFloor.toFixed(2)}×  (${figures.bareNextApp.scripts} scripts)
  all bytes (compressed)  ${String(figures.wizard.totalBytes).padStart(9)} B  ${String(figures.staticPage.totalBytes).padStart(9)} B   ${ratio.totalBytes.toFixed(2)}×
  time to interactive     ${String(Math.round(figures.wizard.interactiveMs)).padStart(9)} ms ${String(Math.round(figures.staticPage.interactiveMs)).padStart(9)} ms   ${ratio.interactive.toFixed(2)}×   (the static copy drawn with its stylesheet and font)
    the static copy's load event alone        ${String(Math.round(figures.staticPage.loadEventMs)).padStart(9)} ms   ${ratio.interactiveOverStaticLoadEvent.toFixed(2)}×   (its font may still be on its way)
    the floor app, interactive ${String(Math.round(figures.bareNextApp.interactiveMs)).padStart(9)} ms`);
  // Which chunks the bytes are in (first run), largest first: what to read in .next/static/chunks.
  const chunks = [...(wizard[0]?.scripts ?? [])].sort((a, b) => b.bytes - a.bytes);
  console.info(chunks.map((c) => `  ${String(c.bytes).padStart(8)} B  ${new URL(c.url).pathname}`).join("\n"));
  const out = path.resolve(import.meta.dirname, "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "citizen-wizard-load.json"), `${JSON.stringify({ ...figures, ratio }, null, 2)}\n`);
} finally {
  await browser.close();
}
