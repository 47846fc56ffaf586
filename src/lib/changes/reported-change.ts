import { ZStoredChangeDetails } from "./change-report";

// What a reported change concerns, as the pages and the letter name it: the member (by name), the income and its
// monthly amount. Read from the report's stored details and the family on file.

export interface ReportedChangeSubject {
  /**
   * The member the change concerns, "First Last": the new member's for a member who joined; for any other the name on
   * file, or their FIN when none is (a member who left is no longer on file). Null for a move.
   */
  member: string | null;
  /** The monthly amount of an income started (qəpik); null for any other change. */
  monthlyQepik: number | null;
  /** The new address of a move; null for any other change. */
  address: string | null;
}

const NOTHING: ReportedChangeSubject = { member: null, monthlyQepik: null, address: null };

export function reportedChangeSubject(
  details: unknown,
  members: readonly { fin: string; firstName: string; lastName: string }[],
): ReportedChangeSubject {
  const parsed = ZStoredChangeDetails.safeParse(details);
  if (!parsed.success) return NOTHING;
  const change = parsed.data;
  const named = (fin: string) => {
    const m = members.find((x) => x.fin === fin);
    return m ? `${m.firstName} ${m.lastName}` : fin;
  };
  switch (change.kind) {
    case "INCOME_GAINED":
      return { member: named(change.memberFin), monthlyQepik: change.monthlyQepik, address: null };
    case "INCOME_LOST":
    case "MEMBER_LEFT":
      return { member: named(change.memberFin), monthlyQepik: null, address: null };
    case "MEMBER_JOINED":
      return { member: `${change.firstName} ${change.lastName}`, monthlyQepik: null, address: null };
    case "MOVED":
      return { member: null, monthlyQepik: null, address: change.address };
  }
}
