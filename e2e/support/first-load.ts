import type { Page } from "@playwright/test";

// What a first visit costs: the bytes on the wire (compressed as sent) and the time until the page can be used.
// No Playwright test imports: the benchmark in bench/ uses this too.

export interface FirstLoad {
  /** JavaScript bytes as transferred (after compression), all scripts of the first load. */
  jsBytes: number;
  /** Every response body as transferred. */
  totalBytes: number;
  /** `afterLoad`: asked for after the load event, by the page's own code once it ran (a lazy chunk). */
  scripts: { url: string; bytes: number; encoding: string | null; afterLoad: boolean }[];
  /** From navigation start until the page responds to input: load event, and for a React page its hydration. */
  interactiveMs: number;
  /**
   * From navigation start until the page is drawn as designed: the load event, or the last stylesheet, font or
   * image of the first load if later. A font that Chrome asks for only after the load event (it may, depending on
   * when it lays the page out) counts too: the load event alone then reads a page still in its fallback face.
   */
  renderedMs: number;
}

/** Slow 4G as Chrome DevTools emulates it (RTT 150 ms × 3.75, 1.6 Mbit/s down and 750 kbit/s up × 0.9). */
export const SLOW_4G = {
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

/**
 * Loads `url` in a fresh page with the cache disabled (optionally on slow 4G) and measures it. `hydrates`: wait
 * for React to take over the first form (a server-rendered page is only interactive after that).
 *
 * Next's prefetches of the links in view are blocked: they are the next pages' cost, not this one's, and they
 * vary with what the page lists and with the machine's speed (on a busy machine they start before the load event,
 * and a staff home once measured 11 KB over its budget with a prefetched route's chunk in it). Every RSC request
 * of a first load is such a prefetch (`?_rsc=`: nothing navigates while the page is measured); the scripts a
 * prefetched route needs are asked for only once its payload arrives, so they are never fetched either.
 */
export async function measureFirstLoad(
  page: Page,
  url: string,
  opts: { hydrates: boolean; throttle?: boolean },
): Promise<FirstLoad> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.setBlockedURLs", { urls: ["*?_rsc=*", "*&_rsc=*"] });
  if (opts.throttle) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_4G });

  const types = new Map<string, { url: string; type: string; encoding: string | null }>();
  const sizes = new Map<string, number>();
  cdp.on("Network.responseReceived", (e) => {
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    types.set(e.requestId, { url: e.response.url, type: e.type, encoding: headers["content-encoding"] ?? null });
  });
  cdp.on("Network.loadingFinished", (e) => sizes.set(e.requestId, e.encodedDataLength));

  await page.goto(url, { waitUntil: "load" });
  const loadEnd = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return nav?.loadEventEnd ?? performance.now();
  });
  let interactiveMs = loadEnd;
  if (opts.hydrates) {
    const hydratedAt = await page.waitForFunction(
      () => {
        const form = document.querySelector("main form");
        return form && Object.keys(form).some((k) => k.startsWith("__reactFiber")) ? performance.now() : false;
      },
      undefined,
      { polling: "raf", timeout: 120_000 },
    );
    interactiveMs = Math.max(loadEnd, (await hydratedAt.jsonValue()) as number);
  }
  // Late chunks (loaded after hydration) belong to the first load too: wait until the network is quiet.
  await page.waitForLoadState("networkidle");
  const drawnAt = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter(
        (r) =>
          ["css", "link", "img"].includes(r.initiatorType) || /\.(css|woff2?|ttf|png|svg|jpe?g|webp)$/.test(r.name),
      )
      .reduce((latest, r) => Math.max(latest, r.responseEnd), 0),
  );
  const renderedMs = Math.max(loadEnd, drawnAt);
  const askedAfterLoad = new Set(
    await page.evaluate(
      (end) =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
          .filter((r) => r.startTime > end)
          .map((r) => r.name),
      loadEnd,
    ),
  );

  const scripts: FirstLoad["scripts"] = [];
  let totalBytes = 0;
  for (const [id, info] of types) {
    const bytes = sizes.get(id) ?? 0;
    totalBytes += bytes;
    if (info.type === "Script")
      scripts.push({ url: info.url, bytes, encoding: info.encoding, afterLoad: askedAfterLoad.has(info.url) });
  }
  await cdp.detach();
  return { jsBytes: scripts.reduce((s, x) => s + x.bytes, 0), totalBytes, scripts, interactiveMs, renderedMs };
}
