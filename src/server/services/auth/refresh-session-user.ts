import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";

/**
 * The session's person as the account stands now, or null when the account is gone or deactivated.
 * Read on every request, so that deactivating a staff member, or changing their role or district, takes effect
 * at once rather than when the 8-hour session token expires. Only the id is trusted from the token.
 */
export async function refreshSessionUser(db: Db, fromToken: SessionUser): Promise<SessionUser | null> {
  const account = await db.user.findUnique({
    where: { id: fromToken.id },
    select: { id: true, role: true, name: true, districtCode: true, fin: true, active: true },
  });
  if (account === null || !account.active) return null;
  // A token signed for a citizen must not turn into a staff session (or back) if the row were re-used.
  if ((account.role === "CITIZEN") !== (fromToken.role === "CITIZEN")) return null;
  return { id: account.id, role: account.role, name: account.name, districtCode: account.districtCode, fin: account.fin };
}
