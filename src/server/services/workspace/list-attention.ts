import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { listNeedsAttention, type AttentionRow } from "@/server/services/reviews/list-needs-attention";
import { listCaseload } from "./list-caseload";

export interface NeedsAttention {
  /**
   * What the background chain cannot settle on its own (list-needs-attention.ts): payments stopped for no
   * withdrawal, a month the bank rejected for good, a card account not opened, a visit without an inspector, a late
   * decision, a stopped run. Oldest first.
   */
  problems: AttentionRow[];
  /** The district's cases with something to do by a deadline or an answer due (list-caseload.ts, attentionOnly). */
  cases: Awaited<ReturnType<typeof listCaseload>>;
}

/**
 * Every case of the district that needs a person, as one read for *Needs attention* and the staff home: the two
 * lists used to be read apart, and the attention page showed only the caseload, so a family whose payments
 * stopped was on the home page but not where the docs send staff. Each part keeps its own district scope and audit
 * row (`attention.list`, `caseload.list`, counts only).
 */
export async function listAttention(db: Db, user: SessionUser, now: Date): Promise<NeedsAttention> {
  const [problems, cases] = await Promise.all([
    listNeedsAttention(db, user, now),
    listCaseload(db, user, { now, attentionOnly: true }),
  ]);
  return { problems, cases };
}
