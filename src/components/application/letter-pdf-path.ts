/**
 * Where the decision letter's PDF is served (src/app/api/applications/[id]/letter.pdf): outside the locale
 * prefix, because the letter is in the family's language whatever the page's is.
 */
export function letterPdfPath(applicationId: string): string {
  return `/api/applications/${encodeURIComponent(applicationId)}/letter.pdf`;
}
