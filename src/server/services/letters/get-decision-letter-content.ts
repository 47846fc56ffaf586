import type { SessionUser } from "@/kernel/session-user";
import type { Db } from "@/server/db/create-client";
import { getDecisionLetter } from "@/server/services/applications/get-decision-letter";
import { buildDecisionLetterContent, loadLetterMessages, type DecisionLetterContent } from "./decision-letter-content";

/** The family's decision letter as blocks of text in the language it applied in: the page and the PDF lay out these. */
export async function getDecisionLetterContent(
  db: Db,
  user: SessionUser,
  applicationId: string,
): Promise<DecisionLetterContent> {
  const letter = await getDecisionLetter(db, user, applicationId);
  return buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale));
}
