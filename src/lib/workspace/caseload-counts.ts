/**
 * The day's figures on the staff home, in the order shown; each is also a filter of the attention list
 * (`/staff/attention?kind=…`), so a figure and the list it opens are the same cases.
 */
export const CASELOAD_COUNTS = [
  "open",
  "overdue",
  "dueSoon",
  "visitWithoutInspector",
  "agencyUnanswered",
  "awaitingReview",
  "changeToAnswer",
  "appealToAnswer",
] as const;
export type CaseloadCount = (typeof CASELOAD_COUNTS)[number];
