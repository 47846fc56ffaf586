import { z } from "zod";
import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { ZFin } from "@/kernel/identity";
import { AppError } from "@/server/errors";

// The claim that carries the FIN in the identity provider's ID token; configurable because providers name it
// differently.
const finClaim = () => process.env.EGOV_OIDC_FIN_CLAIM ?? "fin";

/** Finds or creates the citizen whose FIN the e-government identity service vouched for. */
export async function signInWithEgov(db: Db, profile: Record<string, unknown>): Promise<SessionUser> {
  const parsed = z.object({ fin: ZFin, name: z.string().optional() }).safeParse({
    fin: profile[finClaim()],
    name: typeof profile.name === "string" ? profile.name : undefined,
  });
  if (!parsed.success) throw new AppError("credentialsInvalid");
  const { fin } = parsed.data;
  // A provider that has no name for the person may send the FIN (or nothing) in its place: the name they gave when
  // applying, or e-Gov's real name from an earlier sign-in, stays.
  const given = parsed.data.name?.trim();
  const name = given && given.toUpperCase() !== fin.toUpperCase() ? given : undefined;
  const user = await db.user.upsert({
    where: { fin },
    update: name ? { name } : {},
    create: { fin, role: "CITIZEN", name: name ?? fin },
  });
  if (user.role !== "CITIZEN" || !user.active) throw new AppError("forbidden");
  return { id: user.id, role: "CITIZEN", name: user.name, districtCode: null, fin };
}
