/**
 * How often the family's page asks again while something is on its way: the decision and the card on the
 * application, the months the chain plans a moment after an assignment, a reported change being reassessed. One
 * pace for the whole page (the change reports asked every 5 s, the rest every 10 s, for no stated reason): often
 * enough for a page a family opens now and then, and each section stops asking once nothing more can happen.
 */
export const FAMILY_PAGE_POLL_MS = 10_000;
