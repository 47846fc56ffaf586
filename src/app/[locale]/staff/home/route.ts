import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { currentUser, staffAwaitingTotpEnrolment } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";

/**
 * Where staff land after signing in: each role's own home. A route handler, not a page, so the answer is one
 * HTTP redirect: a page under the staff loading screen streams first and redirects in the browser afterwards,
 * a second navigation that costs a slow phone a round trip and can cut short whatever the person opens next.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const user = await currentUser();
  // STAFF_TOTP_REQUIRED: a staff member without a second factor is signed in for its enrolment only.
  const path = user
    ? homePathFor(user.role)
    : (await staffAwaitingTotpEnrolment())
      ? "/staff/two-factor"
      : "/staff/sign-in";
  // A relative Location: behind the operator's proxy the request's own host is not the one the browser used.
  return new Response(null, { status: 303, headers: { Location: `/${locale}${path}`, "Cache-Control": "no-store" } });
}
