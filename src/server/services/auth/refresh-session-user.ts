import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";

export interface SessionRules {
  /** STAFF_TOTP_REQUIRED: a staff member without a confirmed second factor may only enrol one. */
  staffTotpRequired?: boolean;
}

export type SessionStanding =
  | { kind: "active"; user: SessionUser }
  /** Signed in with the password, but must enrol TOTP before anything else (STAFF_TOTP_REQUIRED, or after a reset). */
  | { kind: "totpEnrolment"; user: SessionUser };

/**
 * The session's person as the account stands now, or null when the account is gone or deactivated.
 * Read on every request, so that deactivating a staff member, or changing their role or district, takes effect
 * at once rather than when the 8-hour session token expires. Only the id is trusted from the token.
 */
export async function sessionStanding(
  db: Db,
  fromToken: SessionUser,
  rules: SessionRules = {},
): Promise<SessionStanding | null> {
  const account = await db.user.findUnique({
    where: { id: fromToken.id },
    select: { id: true, role: true, name: true, districtCode: true, fin: true, active: true },
  });
  if (account === null || !account.active) return null;
  // A token signed for a citizen must not turn into a staff session (or back) if the row were re-used.
  if ((account.role === "CITIZEN") !== (fromToken.role === "CITIZEN")) return null;
  const user: SessionUser = {
    id: account.id,
    role: account.role,
    name: account.name,
    districtCode: account.districtCode,
    fin: account.fin,
  };
  if (account.role !== "CITIZEN") {
    const guard = await db.staffSignInGuard.findUnique({
      where: { userId: account.id },
      select: { totpConfirmedAt: true, totpResetAt: true },
    });
    // An administrator's reset (lost phone) asks for a new factor even where the rule is off.
    const mustEnrol = rules.staffTotpRequired || guard?.totpResetAt != null;
    if (mustEnrol && !guard?.totpConfirmedAt) return { kind: "totpEnrolment", user };
  }
  return { kind: "active", user };
}

/** The session's person when they may work: null too for a staff member who must first enrol a second factor. */
export async function refreshSessionUser(
  db: Db,
  fromToken: SessionUser,
  rules: SessionRules = {},
): Promise<SessionUser | null> {
  const standing = await sessionStanding(db, fromToken, rules);
  return standing?.kind === "active" ? standing.user : null;
}
