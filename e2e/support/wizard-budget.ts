/**
 * The most JavaScript (bytes as sent, compressed) the wizard's first load may bring, all chunks included:
 * React and Next's runtime, next-intl (formatting catalogs compiled at build time, without the ICU parser), the
 * header's sign-out form and language switcher, the error pages and the wizard itself (no zod and no tRPC:
 * docs/citizen-wizard.md). Measured at 165 953 bytes (December 2026); set about 10 % above, so that a new dependency,
 * a page-wide import or the ICU parser coming back (about 10 KB) shows up here. Raise it only on purpose.
 */
export const WIZARD_FIRST_LOAD_JS_BUDGET = 182_500;
