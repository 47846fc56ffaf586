import { z } from "zod";

/** A decision's id as the letter's page and PDF take it (`?decision=`): checked before any read. */
export const ZDecisionId = z.string().min(1).max(64);

/**
 * The letter's query (`?decision=<id>`, the page's and the PDF's): an earlier letter of the application, or the
 * latest without it. Given twice (an array) or malformed, it fails, and the caller answers not found.
 */
export const ZLetterQuery = z.object({ decision: ZDecisionId.optional() });
