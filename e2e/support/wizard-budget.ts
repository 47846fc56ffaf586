/**
 * The most JavaScript (bytes as sent, compressed) the wizard's first load may bring, all chunks included:
 * React and Next's runtime, next-intl, next-auth's client (the header's sign-out button), the error pages and the
 * wizard itself (no zod and no tRPC: docs/citizen-wizard.md). Measured at 177 593 bytes (December 2026); set about
 * 10 % above, so that a new dependency or a page-wide import shows up here. Raise it only on purpose.
 */
export const WIZARD_FIRST_LOAD_JS_BUDGET = 195_000;
