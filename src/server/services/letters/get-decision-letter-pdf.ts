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
 * getDecisionLetter's: a citizen's own application only, so another family's reads as not found; `decisionId` names an
 * earlier letter of it (the latest without).
 */
export async function getDecisionLetterPdf(
  db: Db,
  user: SessionUser,
  applicationId: string,
  now: Date,
  decisionId?: string,
): Promise<DecisionLetterPdf> {
  const letter = await getDecisionLetter(db, user, applicationId, decisionId);
  const content = buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale));
  const bytes = await renderLetterPdf(content, await loadLetterFonts(), now);
  // Only the characters a registration number has, so the name is safe inside a Content-Disposition header.
  // A letter asked for by its decision carries the decision's Baku day and time to the second too, so that two
  // letters of one application, even of one day (a decision and the one after a change reported that day), do not
  // download as two files of one name.
  const name =
    decisionId === undefined
      ? letter.registrationNumber
      : `${letter.registrationNumber}-${letter.decision.decidedOn}-${await decisionClock(db, decisionId)}`;
  const fileName = `vemtas-${(name ?? applicationId).replace(/[^A-Za-z0-9-]/g, "")}.pdf`;
  return { fileName, bytes };
}

/** The Baku time of day a decision was made, as "HHMMSS" (its letter was found, so the decision is there). */
async function decisionClock(db: Db, decisionId: string): Promise<string> {
  const { createdAt } = await db.decision.findUniqueOrThrow({ where: { id: decisionId }, select: { createdAt: true } });
  return BAKU_CLOCK.format(createdAt).replaceAll(":", "");
}

const BAKU_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Baku",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});
