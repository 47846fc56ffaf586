import type { SessionUser } from "@/kernel/session-user";
import { AppError } from "@/server/errors";

/**
 * Who takes an action that is the family's own but that district staff may also take for it at the office
 * (resuming stopped payments, reporting a change, appealing): the family, without a note, or a caseworker or
 * supervisor, with their note of how the family asked. Anyone else, or a note where none belongs, is refused.
 * The application's scope (applicationScope) still decides which case each may act on. True when staff act.
 */
export function actsForFamilyAtOffice(user: SessionUser, staffNote: string | undefined): boolean {
  const byStaff = user.role === "CASEWORKER" || user.role === "SUPERVISOR";
  if (byStaff ? staffNote === undefined : user.role !== "CITIZEN" || staffNote !== undefined)
    throw new AppError("forbidden");
  return byStaff;
}
