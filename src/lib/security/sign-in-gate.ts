import { safeReturnPath } from "@/lib/return-path";

// Pages that need a signed-in person, and where someone who carries no session at all is sent. The proxy answers
// those visits with one HTTP redirect before any page code runs: the page guard (requireRole) redirects from
// inside a streamed page, which answered 200 with the redirect in the body, so a status check read a signed-out
// staff page as served and a slow phone loaded a page only to leave it. The guard stays the real check (a session
// that is present but expired, another role, the second factor's enrolment): this is only its fast path.

/** Staff pages, after the language: the console, the administration, the reports, the audit log, the tablet. */
const STAFF_PAGE =
  /^\/(?:staff(?:\/(?:appeals|applications|attention|mine|reviews|visits|two-factor)(?:\/.*)?)?|admin(?:\/.*)?|audit|reports|inspector)\/?$/;
/** The citizen's own pages, after the language. */
const CITIZEN_PAGE = /^\/(?:my|applications\/[^/]+(?:\/letter)?|apply\/[^/]+)\/?$/;
/** Those sign-in leads back to, as their guards ask: an application and a draft (the home page is /my anyway). */
const LEADS_BACK = /^\/(?:applications|apply)\/[^/]+$/;

/** Auth.js's session cookie, under either of its names and possibly cut into numbered chunks. */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

export const carriesSession = (cookieNames: Iterable<string>) =>
  [...cookieNames].some((name) => SESSION_COOKIE.test(name));

/**
 * Where to send a visit to `pathname` ("/{locale}/…") made with no session cookie: the staff sign-in for a staff
 * page, the citizen's sign-in for a citizen page (back to an application or a draft once signed in, as their guards
 * ask); null for a page anyone may open, a path without a language, or a visit with a session.
 */
export function signInGate(pathname: string, locales: readonly string[], hasSession: boolean): string | null {
  if (hasSession) return null;
  const match = /^\/([^/]+)(\/.*)$/.exec(pathname);
  if (!match || !locales.includes(match[1]!)) return null;
  const locale = match[1]!;
  const page = match[2]!;
  if (STAFF_PAGE.test(page)) return `/${locale}/staff/sign-in`;
  if (!CITIZEN_PAGE.test(page)) return null;
  const path = page.replace(/\/$/, "");
  const back = LEADS_BACK.test(path) ? safeReturnPath(path) : null;
  return `/${locale}/sign-in${back ? `?${new URLSearchParams({ next: back })}` : ""}`;
}
