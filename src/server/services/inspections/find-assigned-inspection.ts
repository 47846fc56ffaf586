import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";
import { applicationScope } from "@/server/services/access/application-scope";

/**
 * An inspection assigned to the caller, in their district, as a where-clause: another inspector's visit, or
 * one whose family has moved to another district, matches nothing and reads as not found.
 */
export function assignedInspection(user: SessionUser, inspectionId: string): Prisma.InspectionWhereInput {
  return { id: inspectionId, inspectorId: user.id, application: applicationScope(user) };
}
