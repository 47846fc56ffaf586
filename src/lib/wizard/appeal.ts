/** An appeal's written reason must say something: the supervisor answers it point by point. */
export const APPEAL_REASON_MIN = 20;
