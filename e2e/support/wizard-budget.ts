/**
 * The most JavaScript (bytes as sent, compressed) the wizard's first load may bring, all chunks included:
 * React and Next's runtime, TanStack Query and tRPC, next-intl, zod/mini and the wizard itself. Measured at
 * 219 433 bytes (November 2026); set about 10 % above, so that a new dependency or a page-wide import shows
 * up here. Raise it only on purpose.
 */
export const WIZARD_FIRST_LOAD_JS_BUDGET = 240_000;
