import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { listNeedsAttention, type AttentionRow } from "@/server/services/reviews/list-needs-attention";
import { recordAudit } from "@/server/services/audit/record-audit";
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
 * stopped was on the home page but not where the docs send staff. Each part keeps its own district scope. The read
 * is one audit row (`attention.list`) with both counts and the applications shown (names, FINs: a read of personal
 * data, found by the audit log's search by number); it was two rows for one look at the page.
 */
export async function listAttention(db: Db, user: SessionUser, now: Date): Promise<NeedsAttention> {
  const [problems, cases] = await Promise.all([
    listNeedsAttention(db, user, now),
    listCaseload(db, user, { now, attentionOnly: true, audited: false }),
  ]);
  if (problems.length > 0 || cases.rows.length > 0) {
    await recordAudit(db, {
      actor: user,
      action: "attention.list",
      entity: "Application",
      districtCode: user.districtCode,
      details: { problems: problems.length, cases: cases.rows.length },
      shownApplicationIds: [...new Set([...problems, ...cases.rows].map((r) => r.applicationId))],
    });
  }
  return { problems, cases };
}
