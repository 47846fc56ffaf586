// The engine input's version and bounds, shared by the zod schema (input-schema.ts) and its hand-written guard
// (input-guard.ts).

/** Version the input schema when it changes incompatibly. */
export const INPUT_SCHEMA_VERSION = 1;

/** 10 million AZN per record: far above any real figure, keeps sums exact. */
export const MAX_QEPIK = 1_000_000_000;
