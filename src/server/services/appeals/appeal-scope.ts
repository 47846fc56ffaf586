import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { applicationScope } from "@/server/services/access/application-scope";

/** An appeal assigned to this supervisor within their district, as a where-clause: any other reads as not found. */
export function assignedAppeal(user: SessionUser, appealId: string): Prisma.AppealWhereInput {
  return { id: appealId, supervisorId: user.id, application: applicationScope(user) };
}
