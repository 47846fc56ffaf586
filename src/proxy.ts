import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { newNonce, pageContentSecurityPolicy } from "./lib/security/content-security-policy";

const handleI18nRouting = createMiddleware(routing);

/**
 * Language routing plus the page's Content-Security-Policy. Next reads the policy from the request's headers and
 * puts the nonce on the scripts it renders; next-intl copies the request's headers into its rewrite, so they are
 * set on the request before it runs.
 */
export default function proxy(request: NextRequest) {
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
