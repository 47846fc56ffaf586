// The engine's three outcomes, shared by the engine, the staff pages and the what-if tables.
export const OUTCOMES = ["ASSIGN", "REFUSE", "REVIEW"] as const;
export type Outcome = (typeof OUTCOMES)[number];
