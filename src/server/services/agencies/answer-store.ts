import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { AgencyAuditSink } from "@/server/integrations/agencies/gateway-client";
import { auditRow } from "./prisma-audit-sink";
import type { StoredAgencyData } from "./stored-result";

/** One agency's answer for one member ("" for a household service), as AgencyResult stores it. */
export interface AgencyAnswer {
  agency: AgencyCode;
  memberFin: string;
  available: boolean;
  data: StoredAgencyData;
}

export interface AnswerStore {
  /** Where the gateway records each request it makes; written with the answers. */
  audit: AgencyAuditSink;
  /**
   * Stores an answer as soon as it arrives. `replaces`: a stored "unavailable" row exists and this answer takes
   * its place (a staff "try again"); otherwise the row is new, and a row a concurrent step stored first is kept.
   */
  put: (answer: AgencyAnswer, replaces: boolean) => void;
  /** Resolves once everything put or recorded so far is written; rejects when a write failed. */
  drain: () => Promise<void>;
}

const json = (d: StoredAgencyData) => d as unknown as Prisma.InputJsonValue;

/**
 * The write side of a gather: answers and audit rows are written as they arrive, in batches. Whatever arrives in
 * the same turn of the event loop, or while the previous batch is being written, goes out together as one insert
 * of answers and one of audit rows, so a family's ~90 requests cost a handful of statements instead of one or two
 * per agency, and a crash loses at most the batch in flight (a retried step asks for it again).
 */
export function answerStore(db: Db, applicationId: string): AnswerStore {
  let created: AgencyAnswer[] = [];
  let replaced: AgencyAnswer[] = [];
  let audits: ReturnType<typeof auditRow>[] = [];
  let writing: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;

  const pending = () => created.length + replaced.length + audits.length > 0;
  const writeBatch = async () => {
    const [c, r, a] = [created, replaced, audits];
    [created, replaced, audits] = [[], [], []];
    await Promise.all([
      a.length > 0 ? db.agencyRequest.createMany({ data: a }) : null,
      c.length > 0
        ? db.agencyResult.createMany({
            data: c.map((x) => ({
              applicationId,
              agency: x.agency,
              memberFin: x.memberFin,
              available: x.available,
              data: json(x.data),
            })),
            skipDuplicates: true,
          })
        : null,
      ...r.map((x) =>
        db.agencyResult.update({
          where: { applicationId_agency_memberFin: { applicationId, agency: x.agency, memberFin: x.memberFin } },
          data: { available: true, data: json(x.data), fetchedAt: new Date() },
        }),
      ),
    ]);
  };
  const kick = () => {
    if (writing || failure) return;
    writing = (async () => {
      // One turn of the event loop: answers read from the same burst of sockets go into one batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (pending()) await writeBatch();
    })()
      .catch((error: unknown) => {
        failure = { error };
      })
      .finally(() => {
        writing = null;
        if (pending()) kick();
      });
  };

  return {
    audit: {
      record: async (entry) => {
        audits.push(auditRow(entry));
        kick();
      },
    },
    put: (answer, replaces) => {
      // A stored "unavailable" is replaced only by an answer, never by another failure.
      if (replaces && !answer.available) return;
      (replaces ? replaced : created).push(answer);
      kick();
    },
    drain: async () => {
      while (writing !== null || (pending() && failure === null)) {
        if (writing === null) kick();
        await writing;
      }
      if (failure !== null) throw failure.error;
    },
  };
}
