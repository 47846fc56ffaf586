import type { Db } from "@/server/db/create-client";
import type { AgencyAuditEntry, AgencyAuditSink } from "@/server/integrations/agencies/gateway-client";

function toRow(e: AgencyAuditEntry) {
  return {
    applicationId: e.applicationId,
    agency: e.agency,
    memberFin: e.memberFin,
    purpose: e.purpose,
    requestedBy: e.requestedBy,
    periodFrom: new Date(`${e.periodFrom}T00:00:00Z`),
    periodTo: new Date(`${e.periodTo}T00:00:00Z`),
    attempt: e.attempt,
    startedAt: e.startedAt,
    durationMs: e.durationMs,
    outcome: e.outcome,
    httpStatus: e.httpStatus,
    error: e.error,
  };
}

/** Writes one AgencyRequest row per request the gateway makes (or refuses to make because a circuit is open). */
export function prismaAuditSink(db: Db): AgencyAuditSink {
  return {
    record: async (e) => {
      await db.agencyRequest.create({ data: toRow(e) });
    },
  };
}

/**
 * Collects the rows of one use-case call and writes them in one statement: ~90 requests per family would
 * otherwise be ~90 inserts. `flush` must run before the call returns or throws (see fetch-agency-data.ts).
 */
export function batchedAuditSink(db: Db): AgencyAuditSink & { flush: () => Promise<void> } {
  const rows: ReturnType<typeof toRow>[] = [];
  return {
    record: async (e) => {
      rows.push(toRow(e));
    },
    flush: async () => {
      const batch = rows.splice(0, rows.length);
      if (batch.length > 0) await db.agencyRequest.createMany({ data: batch });
    },
  };
}
