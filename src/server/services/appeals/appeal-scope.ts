import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";

/**
 * An appeal assigned to this supervisor, as a where-clause: any other reads as not found. The assignment itself is
 * the grant — an appeal may be sent to a supervisor of the economic region or of the country when no one in the
 * district is free of the case (`pickAppealSupervisor`), so the district scope of ordinary reads does not apply.
 */
export function assignedAppeal(user: SessionUser, appealId: string): Prisma.AppealWhereInput {
  return { id: appealId, supervisorId: user.id };
}
