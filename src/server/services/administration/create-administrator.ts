import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { hashPassword } from "@/server/services/auth/password";
import { recordAudit } from "@/server/services/audit/record-audit";

// The first administrator of a fresh deployment: production seeds no staff, so without this command nobody
// could sign in to create the others. An operator's tool, not a web procedure: it runs with database access.

/** Long enough to resist guessing when the hash leaks; no composition rules, which push people to patterns. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;

export const ZNewAdministrator = z.object({
  email: z.string().trim().toLowerCase().email("not a valid e-mail address"),
  name: z.string().trim().min(2, "the name is too short").max(200, "the name is too long"),
  password: z
    .string()
    .min(MIN_ADMIN_PASSWORD_LENGTH, `the password must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`)
    .max(200, "the password is too long"),
});
export type NewAdministrator = z.input<typeof ZNewAdministrator>;

export class AdministratorRefused extends Error {}

/**
 * Creates an active ADMIN (no district: administrators work across all). Refuses an e-mail already in use. With
 * `password: null` the account has no password until its holder sets one through an e-mailed link (`--send-link`).
 */
export async function createAdministrator(
  db: Db,
  input: NewAdministrator | (Omit<NewAdministrator, "password"> & { password: null }),
): Promise<{ id: string; email: string }> {
  const parsed =
    input.password === null
      ? ZNewAdministrator.omit({ password: true }).safeParse(input)
      : ZNewAdministrator.safeParse(input);
  if (!parsed.success) throw new AdministratorRefused(parsed.error.issues.map((i) => i.message).join("; "));
  const { email, name } = parsed.data;
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { role: "ADMIN", email, name, passwordHash, districtCode: null } });
      await recordAudit(tx, { actor: null, action: "administrator.created", entity: "User", entityId: user.id });
      return { id: user.id, email };
    });
  } catch (error) {
    // The unique e-mail, checked by the database so two operators racing cannot both succeed.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AdministratorRefused(`an account with the e-mail ${email} already exists`);
    }
    throw error;
  }
}
