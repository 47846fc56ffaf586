/**
 * Where a citizen goes back to after signing in, when a link (an e-mail's "your application" link) led them to a
 * page that needs it. Only the citizen's own pages, as a path without the locale: anything else (another origin,
 * `//host`, a staff page) is ignored, so the parameter cannot send anyone off the site.
 */
const CITIZEN_RETURN_PATH = /^\/(?:my|applications\/[A-Za-z0-9_-]{1,64}(?:\/letter)?|apply\/[A-Za-z0-9_-]{1,64})$/;

export function safeReturnPath(value: unknown): string | null {
  return typeof value === "string" && CITIZEN_RETURN_PATH.test(value) ? value : null;
}
