import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: API routes, Next's assets and files with an extension (icons, manifest) pass untouched.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
