import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { getDecisionLetter } from "@/server/services/applications/get-decision-letter";
import { buildDecisionLetterContent, loadLetterMessages, type DecisionLetterContent } from "./decision-letter-content";

/**
 * The family's decision letter as blocks of text in the letter's language (the application's, or for an answer to an
 * appeal the appeal's; getDecisionLetter decides): the page and the PDF lay out these.
 */
export async function getDecisionLetterContent(
  db: Db,
  user: SessionUser,
  applicationId: string,
  decisionId?: string,
): Promise<DecisionLetterContent> {
  const letter = await getDecisionLetter(db, user, applicationId, decisionId);
  return buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale));
}
