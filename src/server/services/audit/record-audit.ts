import type { Db } from "@/server/db/create-client";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";

export interface AuditEntry {
  actor: SessionUser | null;
  action: string;
  entity: string;
  entityId?: string;
  applicationId?: string;
  districtCode?: string | null;
  details?: Prisma.InputJsonValue;
}

/** Writes one audit row. Personal data never goes into `details`: ids and codes only. */
export async function recordAudit(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      actorUserId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? "SYSTEM",
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      applicationId: entry.applicationId ?? null,
      districtCode: entry.districtCode ?? null,
      details: entry.details,
    },
  });
}
