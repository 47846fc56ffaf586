import "server-only";
import type { Role } from "@/kernel/session-user";
import { currentUser } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { applicationScope } from "@/server/services/access/application-scope";
import { assignedAppeal } from "@/server/services/appeals/appeal-scope";
import { reviewInScope } from "@/server/services/reviews/review-outcome";

// For a page's title and its layout's 404: whether the thing a page shows is there for the person at all, by the same
// scope the page's read applies. A count reads no personal data, so it is not audited; the page's own read is, once.
// (Next 16 runs generateMetadata apart from the page, so sharing the page's read through React `cache` read twice.)
// Signed out or with another role, the answer is "visible": the page sends the person elsewhere, title unchanged.

/** Whether the signed-in person, if one of `roles`, can see the application. */
export async function applicationVisible(roles: readonly Role[], applicationId: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || !roles.includes(user.role)) return true;
  return (await getDb().application.count({ where: { AND: [{ id: applicationId }, applicationScope(user)] } })) > 0;
}

/**
 * Whether the signed-in citizen has a decision letter for the application: theirs, with a final decision to assign
 * or refuse (the letter's read, get-decision-letter.ts, asks the same), or that very decision when `decisionId` names
 * one. Before the decision there is no letter.
 */
export async function letterVisible(applicationId: string, decisionId?: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || user.role !== "CITIZEN") return true;
  const decided = { final: true, outcome: { in: ["ASSIGN" as const, "REFUSE" as const] } };
  const where = {
    AND: [
      { id: applicationId },
      applicationScope(user),
      { decisions: { some: decisionId === undefined ? decided : { ...decided, id: decisionId } } },
    ],
  };
  return (await getDb().application.count({ where })) > 0;
}

/** Whether the signed-in person, if one of `roles`, can see the home visit (through its application). */
export async function inspectionVisible(roles: readonly Role[], inspectionId: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || !roles.includes(user.role)) return true;
  return (await getDb().inspection.count({ where: { id: inspectionId, application: applicationScope(user) } })) > 0;
}

/** Whether the signed-in person, if one of `roles`, can see the review (through its application's district). */
export async function reviewVisible(roles: readonly Role[], reviewId: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || !roles.includes(user.role)) return true;
  return (await getDb().caseReview.count({ where: reviewInScope(user, reviewId) })) > 0;
}

/** Whether the signed-in person, if one of `roles`, is the supervisor the appeal is assigned to. */
export async function appealVisible(roles: readonly Role[], appealId: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || !roles.includes(user.role)) return true;
  return (await getDb().appeal.count({ where: assignedAppeal(user, appealId) })) > 0;
}

/** Whether the signed-in person, if one of `roles`, can see the staff account (every account but a citizen's). */
export async function staffAccountVisible(roles: readonly Role[], userId: string): Promise<boolean> {
  const user = await currentUser();
  if (!user || !roles.includes(user.role)) return true;
  return (await getDb().user.count({ where: { id: userId, role: { not: "CITIZEN" } } })) > 0;
}
