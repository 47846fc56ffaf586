// The development server compiles a page the first time anyone asks for it: 5 to 30 s a page on two cores, measured
// on `npm start`. Without this, the newcomer who opens the staff console or an application after the start waited
// that long on each new page. Once the server is up, `npm start` asks for every page once, one after another, in the
// order a person is likely to open them, so they are compiled before most people get there (then 2 to 4 s a page).

/**
 * Every page route under `src/app/[locale]`, and the route handlers a person's browser is sent to (where staff land
 * after signing in, the tablet's manifest), in Azerbaijani; a made-up id compiles a page with one. The landing was
 * left out once: every first staff sign-in after a start then waited 6 s for it to compile.
 */
export const WARM_UP_PAGES = [
  "/az",
  "/az/sign-in",
  "/az/sign-in/error",
  "/az/staff/sign-in",
  "/az/staff/home",
  "/az/my",
  "/az/apply/warm-up",
  "/az/applications/warm-up",
  "/az/staff",
  "/az/staff/attention",
  "/az/staff/mine",
  "/az/staff/applications/warm-up",
  "/az/staff/reviews/warm-up",
  "/az/staff/appeals/warm-up",
  "/az/staff/visits/warm-up",
  "/az/inspector",
  "/az/inspector/manifest.webmanifest",
  "/az/admin",
  "/az/reports",
  "/az/audit",
  "/az/admin/what-if",
  "/az/admin/holidays",
  "/az/admin/health",
  "/az/admin/staff/new",
  "/az/admin/staff/warm-up",
  "/az/applications/warm-up/letter",
  "/az/staff/sign-in/forgot",
  "/az/staff/two-factor",
  "/az/staff/password",
  "/az/staff/unlock",
  "/az/page-that-does-not-exist",
] as const;

// A page that needs a person is reached only with Auth.js's session cookie (the proxy's sign-in gate looks for it,
// src/lib/security/sign-in-gate.ts). An empty one gets past the gate to the page, which is then compiled, and is no
// session to Auth.js, which reads nothing from it and logs nothing: the page's guard sends the request to sign-in.
const NO_SESSION = "authjs.session-token=";

/** Asks for each page once, in turn. Never throws: a page not compiled here is compiled when first opened. */
export async function warmUpPages(
  app: string,
  log: (line: string) => void,
  pages: readonly string[] = WARM_UP_PAGES,
): Promise<void> {
  const started = Date.now();
  let failed = 0;
  for (const page of pages) {
    try {
      const response = await fetch(new URL(page, app), {
        headers: { cookie: NO_SESSION },
        redirect: "manual",
        // A compile takes up to half a minute on two cores; one that takes far longer is left to the first visit.
        signal: AbortSignal.timeout(120_000),
      });
      await response.arrayBuffer();
    } catch {
      failed++;
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(
    failed === 0
      ? `[start] the development server has compiled every page (${seconds} s): the first visit to each is quicker`
      : `[start] ${failed} of ${pages.length} pages did not answer the warm-up; each compiles when first opened`,
  );
}
