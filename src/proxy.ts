import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { newNonce, pageContentSecurityPolicy } from "./lib/security/content-security-policy";
import { carriesSession, signInGate } from "./lib/security/sign-in-gate";

const handleI18nRouting = createMiddleware(routing);

/**
 * Language routing plus the page's Content-Security-Policy. Next reads the policy from the request's headers and
 * puts the nonce on the scripts it renders; next-intl copies the request's headers into its rewrite, so they are
 * set on the request before it runs. A visit with no session to a page that needs one is sent to sign-in here, in
 * one HTTP redirect (sign-in-gate.ts).
 */
export default function proxy(request: NextRequest) {
  const signIn = signInGate(
    request.nextUrl.pathname,
    routing.locales,
    carriesSession(request.cookies.getAll().map((c) => c.name)),
  );
  // Next writes a Location on the request's own origin as a relative one (behind the operator's proxy the
  // request's host is not the browser's); a relative one given here would fail its parse.
  if (signIn) {
    const response = NextResponse.redirect(new URL(signIn, request.url), 307);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  request.headers.set("x-nonce", nonce);
  request.headers.set("Content-Security-Policy", policy);
  const response = handleI18nRouting(request);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages only: API routes, Next's assets and files with an extension (icons, manifest) pass untouched.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
