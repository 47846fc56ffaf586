import type { Db } from "@/server/db/create-client";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/kernel/session-user";

export interface AuditEntry {
  actor: SessionUser | null;
  action: string;
  entity: string;
  entityId?: string;
  applicationId?: string;
  districtCode?: string | null;
  details?: Prisma.InputJsonValue;
  /** The applications a list or search put on the screen, for "who looked at this family" (list-audit-log.ts). */
  shownApplicationIds?: string[];
}

function auditRow(entry: AuditEntry): Prisma.AuditLogCreateManyInput {
  return {
    actorUserId: entry.actor?.id ?? null,
    actorRole: entry.actor?.role ?? "SYSTEM",
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    applicationId: entry.applicationId ?? null,
    districtCode: entry.districtCode ?? null,
    details: entry.details,
    shownApplicationIds: entry.shownApplicationIds ?? [],
  };
}

/** Writes one audit row. Personal data never goes into `details`: ids and codes only. */
export async function recordAudit(db: Db | Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: auditRow(entry) });
}

/** Writes several audit rows in one statement, for a read that shows many records at once. */
export async function recordAudits(db: Db | Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditLog.createMany({ data: entries.map(auditRow) });
}
