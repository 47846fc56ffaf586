/**
 * The legal reference stored for a parameter the law leaves open (the system's own rule, docs/decision-engine.md).
 * It is an explanation, not an act's title, so pages show it in the reader's language (`adminConsole.systemRule`)
 * instead of as stored; the seed stores this Azerbaijani wording, which the pages recognise.
 */
export const SYSTEM_RULE_REFERENCE = "Qanunda müəyyən edilməyib: sistemin qaydası";

/** Whether a stored legal reference is the system-rule note rather than an act's title (which stays as stored). */
export function isSystemRuleReference(reference: string): boolean {
  return reference.trim() === SYSTEM_RULE_REFERENCE;
}
