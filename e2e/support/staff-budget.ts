/**
 * The most JavaScript (bytes as sent, compressed) a staff page may ask for before its load event. The staff pages
 * shared the wizard's budget until it was lowered below them (docs/citizen-wizard.md): they keep the cap they had,
 * 182 500 bytes, with next-intl's client, tRPC and React Query in their sections. Measured at 172 356 to 180 191
 * bytes (the supervisor's and the administrator's home pages the heaviest, December 2026). The routes Next
 * prefetches after the load event for the links in view are not counted (e2e/staff-pages-weight.spec.ts). Raise it
 * only on purpose.
 */
export const STAFF_FIRST_LOAD_JS_BUDGET = 182_500;
