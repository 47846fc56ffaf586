import * as z from "zod/mini";
import { ZStoredChangeDetails } from "./change-report";

// What a reported change concerns, as the pages and the letter name it: the member (by name), the income and its
// monthly amount. Read from the report's stored details and the family on file.

/**
 * The name the server stores beside the change (`memberName` in `ChangeReport.details`, report-change.ts): the member
 * the change concerns as on file when it was reported. Not part of the change the family sends (ZChangeDetails
 * drops it): a member who left is removed from the family once the change is applied, and is still named by it.
 */
const ZStoredMemberName = z.object({ memberName: z.optional(z.string().check(z.trim(), z.minLength(1))) });

export interface ReportedChangeSubject {
  /**
   * The member the change concerns, "First Last": the new member's for a member who joined; for any other the name
   * stored with the report, else (a report stored before the name was) the name on file, else their FIN (a member
   * who left such a report is no longer on file). Null for a move.
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
  const stored = ZStoredMemberName.safeParse(details);
  const storedName = stored.success ? stored.data.memberName : undefined;
  const named = (fin: string) => {
    if (storedName) return storedName;
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
