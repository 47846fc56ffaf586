import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { verifyPassword } from "@/server/services/auth/password";
import { AppError } from "@/server/errors";

// Compared against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong password and
// the answer time does not tell which staff e-mails exist.
const DUMMY_HASH =
  "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export async function authenticateStaff(db: Db, email: string, password: string): Promise<SessionUser> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || !user.active || user.role === "CITIZEN") throw new AppError("credentialsInvalid");
  return { id: user.id, role: user.role, name: user.name, districtCode: user.districtCode, fin: null };
}
