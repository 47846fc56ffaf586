import "server-only";
import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/server/auth";
import { homePathFor, type Role, type SessionUser } from "@/server/auth/session-user";

/**
 * Server-side page guard: not signed in → the right sign-in page; signed in with another role → that
 * role's own home. The procedures check again: a page guard is for the person, not for security.
 */
export async function requireRole(locale: string, roles: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) {
    const citizenOnly = roles.length === 1 && roles[0] === "CITIZEN";
    return redirect({ href: citizenOnly ? "/sign-in" : "/staff/sign-in", locale });
  }
  if (!roles.includes(user.role)) return redirect({ href: homePathFor(user.role), locale });
  return user;
}
