import type { Db } from "@/server/db/create-client";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { AgencyAuditEntry, AgencyAuditSink } from "@/server/integrations/agencies/gateway-client";
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

/**
 * One batch in one statement: the new answers, the answers that replace a stored "unavailable", and the audit rows,
 * each list passed as one JSON parameter and unpacked by PostgreSQL. Raw SQL because this runs for every family
 * about ten to thirty times, and three Prisma calls a batch (each planned and serialized by the client) were a
 * large share of a gather's CPU. A new answer a concurrent step stored first is kept (ON CONFLICT DO NOTHING).
 * Row ids are generated here; `fetchedAt` is the app's clock, as the rest of the chain's timestamps.
 */
async function writeBatch(
  db: Db,
  applicationId: string,
  batch: { created: AgencyAnswer[]; replaced: AgencyAnswer[]; audits: AgencyAuditEntry[] },
): Promise<void> {
  const now = new Date();
  const answers = (list: AgencyAnswer[]) =>
    JSON.stringify(
      list.map((x) => ({ agency: x.agency, memberFin: x.memberFin, available: x.available, data: x.data })),
    );
  await db.$executeRaw`
    WITH created AS (
      INSERT INTO "AgencyResult" ("id", "applicationId", "agency", "memberFin", "available", "data", "fetchedAt")
      SELECT gen_random_uuid()::text, ${applicationId}, a."agency", a."memberFin", a."available", a."data", ${now}
      FROM jsonb_to_recordset(${answers(batch.created)}::jsonb)
        AS a("agency" text, "memberFin" text, "available" boolean, "data" jsonb)
      ON CONFLICT ("applicationId", "agency", "memberFin") DO NOTHING
      RETURNING 1
    ), replaced AS (
      UPDATE "AgencyResult" r SET "available" = true, "data" = a."data", "fetchedAt" = ${now}
      FROM jsonb_to_recordset(${answers(batch.replaced)}::jsonb) AS a("agency" text, "memberFin" text, "data" jsonb)
      WHERE r."applicationId" = ${applicationId} AND r."agency" = a."agency" AND r."memberFin" = a."memberFin"
      RETURNING 1
    )
    INSERT INTO "AgencyRequest" ("id", "applicationId", "agency", "memberFin", "purpose", "requestedBy", "periodFrom",
      "periodTo", "attempt", "startedAt", "durationMs", "outcome", "httpStatus", "error")
    SELECT gen_random_uuid()::text, q."applicationId", q."agency", q."memberFin", q."purpose", q."requestedBy",
      q."periodFrom", q."periodTo", q."attempt", q."startedAt", q."durationMs", q."outcome"::"AgencyOutcome",
      q."httpStatus", q."error"
    FROM jsonb_to_recordset(${JSON.stringify(batch.audits)}::jsonb) AS q("applicationId" text, "agency" text,
      "memberFin" text, "purpose" text, "requestedBy" text, "periodFrom" date, "periodTo" date, "attempt" int,
      "startedAt" timestamp(3), "durationMs" int, "outcome" text, "httpStatus" int, "error" text)`;
}

/**
 * The write side of a gather: answers and audit rows are written as they arrive, in batches. Whatever arrives in
 * the same turn of the event loop, or while the previous batch is being written, goes out together as one
 * statement, so a family's ~65 requests cost a handful of statements instead of one or two per agency, and a crash
 * loses at most the batch in flight (a retried step asks for it again).
 */
export function answerStore(db: Db, applicationId: string): AnswerStore {
  let created: AgencyAnswer[] = [];
  let replaced: AgencyAnswer[] = [];
  let audits: AgencyAuditEntry[] = [];
  let writing: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;

  const pending = () => created.length + replaced.length + audits.length > 0;
  const writeNext = async () => {
    const batch = { created, replaced, audits };
    [created, replaced, audits] = [[], [], []];
    await writeBatch(db, applicationId, batch);
  };
  const kick = () => {
    if (writing || failure) return;
    writing = (async () => {
      // One turn of the event loop: answers read from the same burst of sockets go into one batch.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (pending()) await writeNext();
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
        // As the gateway wrote it: JSON.stringify gives the columns their names and the SQL casts their types.
        audits.push(entry);
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
