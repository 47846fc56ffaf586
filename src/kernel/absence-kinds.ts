// A module of its own (input-enums.ts re-exports it): the citizen wizard's browser check needs only this list of
// the codes, and bundling input-enums.ts would bring every agency's and inspection's code along.

/** Absence that excuses a counted member from work (RULES.md: missing, imprisoned, unknown whereabouts). */
export const ABSENCE_KINDS = ["MISSING", "WHEREABOUTS_UNKNOWN", "IMPRISONED_NOT_SENTENCED"] as const;
