import type { Db } from "@/server/db/create-client";
import { scopedLogger } from "@/server/observability/logger";
import { recordAudit, type AuditEntry } from "./record-audit";

/**
 * Sends a use-case's event once its write has committed. The write stands whatever happens here: a send that fails
 * is logged (ids only, never personal data) under `scope` and audited as `failure.action`, where a sweep or the
 * operator finds it.
 */
export async function announceOrRecord(
  db: Db,
  announce: () => Promise<void>,
  scope: string,
  failure: AuditEntry & { entityId: string },
): Promise<void> {
  try {
    await announce();
  } catch (error) {
    scopedLogger(scope).warn(
      {
        entity: failure.entity,
        entityId: failure.entityId,
        errorName: error instanceof Error ? error.name : "unknown",
      },
      "announcing failed",
    );
    await recordAudit(db, failure);
  }
}
