import type { Page, Request } from "@playwright/test";

/**
 * Holds back the page's scripts (Next's chunks) until `release()`, as a slow network does: the server's HTML shows,
 * and the person can type and press, before React has hydrated it. `navigations` lists every page the browser
 * asked for meanwhile (method and address), so a test can tell that no native submit went out.
 */
export async function holdScripts(page: Page): Promise<{ release: () => void; navigations: string[] }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
    await released;
    await route.continue();
  });
  const navigations: string[] = [];
  page.on("request", (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      navigations.push(`${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search}`);
    }
  });
  return { release, navigations };
}
