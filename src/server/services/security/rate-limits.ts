/**
 * The limits on public calls, per subject (a signed-in user, else the caller's address) and per action, counted in
 * fixed windows. Generous enough that a person never meets them; low enough that a script hammering one action
 * does. The sign-in code keeps its own hourly limit per FIN and phone on top (`codeRateLimited`).
 */
export type RateLimit = { limit: number; windowSeconds: number };

/** Every tRPC mutation, per procedure. */
export const MUTATION_LIMIT: RateLimit = { limit: 60, windowSeconds: 60 };
/**
 * Asking for a sign-in SMS costs money: fewer per address than other calls. Not much fewer: citizens on mobile
 * networks reach us through the carriers' shared NAT addresses, so one address is many families, and each phone and
 * FIN already has its own limit of 5 codes an hour.
 */
export const SIGN_IN_CODE_LIMIT: RateLimit = { limit: 200, windowSeconds: 600 };
/** Providers' callbacks, per sending address and provider. Banks batch; a retry storm must not drown the database. */
export const WEBHOOK_LIMIT: RateLimit = { limit: 600, windowSeconds: 60 };

/** "Forgot password" per caller's address: a person asks once or twice; a script probing e-mails is stopped. */
export const PASSWORD_RESET_LIMIT: RateLimit = { limit: 10, windowSeconds: 600 };
/** Reset links per e-mail address an hour; past it the request is answered as usual but nothing is sent. */
export const PASSWORD_RESET_PER_EMAIL_LIMIT: RateLimit = { limit: 3, windowSeconds: 3600 };
/** Setting a password from a link, per caller's address: a link's token cannot be guessed, nor tried in bulk. */
export const PASSWORD_SET_LIMIT: RateLimit = { limit: 10, windowSeconds: 600 };

/**
 * New recovery codes from a session, per staff member: a person does it once in a while; each attempt also checks a
 * code, so a stolen session cannot use it to try codes quickly (wrong codes lock the account after five anyway).
 */
export const RECOVERY_CODES_LIMIT: RateLimit = { limit: 10, windowSeconds: 600 };

/** Per-procedure overrides of MUTATION_LIMIT. */
export const mutationLimits: Record<string, RateLimit> = {
  "auth.requestCode": SIGN_IN_CODE_LIMIT,
  "auth.requestPasswordReset": PASSWORD_RESET_LIMIT,
  "auth.setPassword": PASSWORD_SET_LIMIT,
  "staffSecurity.regenerateRecoveryCodes": RECOVERY_CODES_LIMIT,
};

/**
 * Staff password sign-in, per e-mail typed (known or not, so the answer never tells which exist) and per address.
 * Counted before the password is checked; a refused attempt counts too. The lockout after
 * STAFF_FAILED_SIGN_IN_LIMIT wrong answers in a row is separate and lasts until the unlock link is used.
 */
export const STAFF_SIGN_IN_ACCOUNT_LIMIT: RateLimit = { limit: 20, windowSeconds: 15 * 60 };
/** An office shares one address: a whole district team signing in at 9:00 must pass. */
export const STAFF_SIGN_IN_ADDRESS_LIMIT: RateLimit = { limit: 100, windowSeconds: 15 * 60 };
