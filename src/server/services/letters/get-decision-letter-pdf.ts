import type { Db } from "@/server/db/create-client";
import type { SessionUser } from "@/kernel/session-user";
import { getDecisionLetter } from "@/server/services/applications/get-decision-letter";
import { buildDecisionLetterContent, loadLetterMessages } from "./decision-letter-content";
import { loadLetterFonts } from "./letter-fonts";
import { renderLetterPdf } from "./render-letter-pdf";

export interface DecisionLetterPdf {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The citizen's own decision letter as a PDF in the letter's language (the application's, or for an answer to an
 * appeal the appeal's). The access rules are
 * getDecisionLetter's: a citizen's own application only, so another family's reads as not found.
 */
export async function getDecisionLetterPdf(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now: Date,
): Promise<DecisionLetterPdf> {
  const letter = await getDecisionLetter(db, user, applicationId);
  const content = buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale));
  const bytes = await renderLetterPdf(content, await loadLetterFonts(), now);
  // Only the characters a registration number has, so the name is safe inside a Content-Disposition header.
  const fileName = `vemtas-${(letter.registrationNumber ?? applicationId).replace(/[^A-Za-z0-9-]/g, "")}.pdf`;
  return { fileName, bytes };
}
