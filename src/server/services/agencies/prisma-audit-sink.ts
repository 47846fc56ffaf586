import type { Db } from "@/server/db/create-client";
import type { AgencyAuditEntry, AgencyAuditSink } from "@/server/integrations/agencies/gateway-client";

/** An audit entry as its AgencyRequest row. */
export function auditRow(e: AgencyAuditEntry) {
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
      await db.agencyRequest.create({ data: auditRow(e) });
    },
  };
}
