/**
 * Where the decision letter's PDF is served (src/app/api/applications/[id]/letter.pdf): outside the locale
 * prefix, because the letter is in the family's language whatever the page's is. With `decisionId`, an earlier
 * letter of the application; without, the latest.
 */
export function letterPdfPath(applicationId: string, decisionId?: string): string {
  const path = `/api/applications/${encodeURIComponent(applicationId)}/letter.pdf`;
  return decisionId === undefined ? path : `${path}?decision=${encodeURIComponent(decisionId)}`;
}

/** The letter's page under the locale (`Link` adds the prefix): the latest letter, or the one `decisionId` names. */
export function letterPagePath(applicationId: string, decisionId?: string): string {
  const path = `/applications/${applicationId}/letter`;
  return decisionId === undefined ? path : `${path}?decision=${encodeURIComponent(decisionId)}`;
}
