import type { AgencyCode } from "@/server/integrations/agencies/catalogue";
import type { AgencyFetchResult } from "@/server/integrations/agencies/gateway-client";
import type { AgencyServiceDeps } from "./agency-service-deps";
import { type ApplicationTargets, loadApplicationTargets, targetsOf } from "./load-application-targets";
import { answerStore, type AnswerStore } from "./answer-store";
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
  const [targets, stored] = await Promise.all([
    loadApplicationTargets(deps.db, applicationId),
    deps.db.agencyResult.findMany({
      where: { applicationId, agency },
      select: { memberFin: true, available: true, data: true },
    }),
  ]);
  const store = answerStore(deps.db, applicationId);
  const [asked] = await Promise.allSettled([askAgency(options, targets, stored, deps, store)]);
  // Whatever happened, what was answered and every request made are written before the call returns or throws.
  await store.drain();
  if (asked.status === "rejected") throw asked.reason;
  return asked.value;
}

/** A stored answer of one agency for one member ("" for a household service). */
export interface StoredRow {
  memberFin: string;
  available: boolean;
  data: unknown;
}

/**
 * Asks one agency for what `stored` lacks; each answer goes to `store` the moment it arrives, so a crash while
 * others are still answering loses none that was written. Shared by the one-agency "try again" and the chain's
 * gather of all twenty (gather-agency-data.ts), which loads the family and the stored rows only once and shares
 * one store between the agencies. The caller drains the store.
 */
export async function askAgency(
  options: FetchAgencyDataOptions,
  targets: ApplicationTargets,
  stored: StoredRow[],
  deps: AgencyServiceDeps,
  store: AnswerStore,
): Promise<FetchAgencyDataResult> {
  const { applicationId, agency } = options;
  const have = new Map(stored.map((s) => [s.memberFin, s]));
  const wanted = targetsOf(agency, targets);
  const toAsk = wanted.filter((t) => {
    const s = have.get(t.storedAs);
    return !s || (!s.available && options.retryUnavailable === true);
  });

  const fresh = await Promise.all(
    toAsk.map(async (t) => {
      const ctx = { applicationId, memberFin: t.fin, requestedBy: options.requestedBy };
      const data = toStored(await deps.gateway.fetch(agency, targets.period, ctx, store.audit));
      const answer = { agency, memberFin: t.storedAs, available: data.kind !== "UNAVAILABLE", data };
      store.put(answer, have.has(t.storedAs));
      return answer;
    }),
  );
  const freshByKey = new Map(fresh.map((f) => [f.memberFin, f]));
  const results = wanted.map((t) => {
    const f = freshByKey.get(t.storedAs);
    const s = have.get(t.storedAs);
    // A failure asked again does not replace the stored "unavailable" (answer-store.ts): report what is stored.
    if (f && (f.available || !s)) return { memberFin: f.memberFin, available: f.available, kind: f.data.kind };
    const kind = (s?.data as StoredAgencyData | null)?.kind ?? "UNAVAILABLE";
    return { memberFin: t.storedAs, available: s?.available ?? false, kind };
  });
  return { agency, results, asked: toAsk.length };
}
