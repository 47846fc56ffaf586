import "server-only";
import { redirectInLocale } from "@/i18n/redirect-in-locale";
import { currentUser, staffAwaitingTotpEnrolment } from "@/server/auth";
import { homePathFor, type Role, type SessionUser } from "@/kernel/session-user";

/**
 * Server-side page guard: not signed in → the right sign-in page; signed in with another role → that
 * role's own home. `returnPath` (a citizen page without the locale) is where sign-in leads back to. The procedures check again: a page guard is for the person, not for security.
 */
export async function requireRole(locale: string, roles: readonly Role[], returnPath?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const citizenOnly = roles.length === 1 && roles[0] === "CITIZEN";
    // A citizen who followed a link to their application comes back to it once signed in.
    // STAFF_TOTP_REQUIRED: signed in with the password, but nothing opens before the second factor is enrolled.
    if (!citizenOnly && (await staffAwaitingTotpEnrolment())) return redirectInLocale(locale, "/staff/two-factor");
    if (citizenOnly) return redirectInLocale(locale, "/sign-in", returnPath ? { next: returnPath } : undefined);
    return redirectInLocale(locale, "/staff/sign-in");
  }
  if (!roles.includes(user.role)) return redirectInLocale(locale, homePathFor(user.role));
  return user;
}
