import type { Prisma } from "@/generated/prisma/client";
import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { AgencyFetchResult } from "@/server/integrations/agencies/gateway-client";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { type ApplicationTargets, loadApplicationTargets, targetsOf } from "./load-application-targets";
import { batchedAuditSink } from "./prisma-audit-sink";
import type { StoredAgencyData } from "./stored-result";

export interface FetchAgencyDataOptions {
  applicationId: string;
  agency: AgencyCode;
  /** The background run (e.g. `inngest:<runId>`) or staff user id that asks. Goes to every audit row. */
  requestedBy: string;
  /** Ask again for what was stored as unavailable (a staff "try again"); stored replies are never re-asked. */
  retryUnavailable?: boolean;
}

export interface FetchAgencyDataResult {
  agency: AgencyCode;
  /** One per member (person services) or one with memberFin "" (household services). */
  results: { memberFin: string; available: boolean; kind: StoredAgencyData["kind"] }[];
  /** Requests made now; 0 when everything was already stored. */
  asked: number;
}

function toStored(r: AgencyFetchResult): StoredAgencyData {
  if (r.outcome === "OK") return { kind: "OK", reply: r.reply };
  if (r.outcome === "NOT_FOUND") return { kind: "NOT_FOUND" };
  return { kind: "UNAVAILABLE", outcome: r.outcome, detail: r.detail };
}

/**
 * Fetches one agency's data for every member of an application (or once for the household) and stores it.
 * Idempotent: what is stored is returned without asking again, so a retried background step costs nothing.
 * An agency that cannot answer does not fail the step: its result is stored as unavailable, and the case goes
 * to REVIEW with that data missing (build-verified-case.ts).
 */
export async function fetchAgencyData(
  options: FetchAgencyDataOptions,
  deps: AgencyServiceDeps,
): Promise<FetchAgencyDataResult> {
  const { applicationId, agency } = options;
  const targets = await loadApplicationTargets(deps.db, applicationId);
  const stored = await deps.db.agencyResult.findMany({
    where: { applicationId, agency },
    select: { memberFin: true, available: true, data: true },
  });
  return askAndStore(options, targets, stored, deps);
}

/** A stored answer of one agency for one member ("" for a household service). */
export interface StoredRow {
  memberFin: string;
  available: boolean;
  data: Prisma.JsonValue;
}

/**
 * Asks one agency for what `stored` lacks, then writes that agency's answers and audit rows at once, so a crash
 * while other agencies are still answering loses none of this one's. Shared by the one-agency "try again" and the
 * chain's gather of all twenty (gather-agency-data.ts), which loads the family and the stored rows only once.
 */
export async function askAndStore(
  options: FetchAgencyDataOptions,
  targets: ApplicationTargets,
  stored: StoredRow[],
  deps: AgencyServiceDeps,
): Promise<FetchAgencyDataResult> {
  const { db, gateway } = deps;
  const { applicationId, agency } = options;
  const have = new Map(stored.map((s) => [s.memberFin, s]));
  const wanted = targetsOf(agency, targets);
  const toAsk = wanted.filter((t) => {
    const s = have.get(t.storedAs);
    return !s || (!s.available && options.retryUnavailable === true);
  });

  const audit = batchedAuditSink(db);
  let fresh;
  try {
    fresh = await Promise.all(
      toAsk.map(async (t) => {
        const ctx = { applicationId, memberFin: t.fin, requestedBy: options.requestedBy };
        const data = toStored(await gateway.fetch(agency, targets.period, ctx, audit));
        return { memberFin: t.storedAs, available: data.kind !== "UNAVAILABLE", kind: data.kind, data };
      }),
    );
  } finally {
    // Audit rows first and whatever happens: a request made is a request recorded.
    await audit.flush();
  }
  const json = (d: StoredAgencyData) => d as unknown as Prisma.InputJsonValue;
  // New answers in one statement; skipDuplicates keeps whatever a concurrent step stored first.
  const created = fresh.filter((f) => !have.has(f.memberFin));
  if (created.length > 0)
    await db.agencyResult.createMany({
      data: created.map((f) => ({
        applicationId,
        agency,
        memberFin: f.memberFin,
        available: f.available,
        data: json(f.data),
      })),
      skipDuplicates: true,
    });
  // A stored "unavailable" is replaced only by an answer, never by another failure.
  for (const f of fresh.filter((x) => have.has(x.memberFin) && x.available))
    await db.agencyResult.update({
      where: { applicationId_agency_memberFin: { applicationId, agency, memberFin: f.memberFin } },
      data: { available: true, data: json(f.data), fetchedAt: new Date() },
    });
  const freshByKey = new Map(fresh.map((f) => [f.memberFin, f]));
  const results = wanted.map((t) => {
    const f = freshByKey.get(t.storedAs);
    if (f) return { memberFin: f.memberFin, available: f.available, kind: f.kind };
    const s = have.get(t.storedAs);
    const kind = (s?.data as StoredAgencyData | null)?.kind ?? "UNAVAILABLE";
    return { memberFin: t.storedAs, available: s?.available ?? false, kind };
  });
  return { agency, results, asked: toAsk.length };
}
