// When the system health page counts something as worth a look: the service counts with them, the page says them.

/** An SMS or e-mail normally reports delivery within minutes; an hour without it is worth a look. */
export const UNDELIVERED_AFTER_HOURS = 1;
/** The bank answers an account order within hours; a day without an answer is worth a look. */
export const BANK_UNANSWERED_AFTER_HOURS = 24;
/** The chain moves a case out of these statuses within minutes (agency data, decision); two days means stuck. */
export const STALLED_AFTER_DAYS = 2;
