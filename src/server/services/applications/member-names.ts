import type { MemberNames } from "@/server/content/reasons/reason-message";
import type { Db } from "@/server/db/create-client";

/** "First Last" by FIN, for the reasons that name a member (`reasonMessage`). */
export function memberNamesOf(members: readonly { fin: string; firstName: string; lastName: string }[]): MemberNames {
  return new Map(members.map((m) => [m.fin, `${m.firstName} ${m.lastName}`]));
}

/** The application's members' names by FIN. */
export async function loadMemberNames(db: Db, applicationId: string): Promise<MemberNames> {
  const members = await db.familyMember.findMany({
    where: { applicationId },
    select: { fin: true, firstName: true, lastName: true },
  });
  return memberNamesOf(members);
}
