import { EVIDENCE_SOURCES, type EvidenceSource } from "@/kernel/input-enums";

// The engine input's version and bounds, shared by the zod schema (input-schema.ts) and its hand-written guard
// (input-guard.ts), so that the two cannot drift apart. A FIN's format is the kernel's FIN_PATTERN.

/** Version the input schema when it changes incompatibly. */
export const INPUT_SCHEMA_VERSION = 1;

/** 10 million AZN per record: far above any real figure, keeps sums exact. */
export const MAX_QEPIK = 1_000_000_000;

/** The sources that can verify a declared figure: every source but the declaration itself. */
export const VERIFYING_SOURCES: readonly EvidenceSource[] = EVIDENCE_SOURCES.filter((s) => s !== "DECLARED");
