import { z } from "zod";

/**
 * AgencyResult.data: the validated reply, a "no such person" answer, or why nothing could be obtained. The
 * reply itself is validated again against its contract when read (build-verified-case.ts). A reply a caseworker
 * entered by hand because the agency could not answer names its ManualAgencyEntry (`enteredBy`), so every page
 * that shows it can say it was staff-entered.
 */
export const zStoredAgencyData = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("OK"),
    reply: z.unknown(),
    enteredBy: z.object({ entryId: z.string(), staffId: z.string() }).optional(),
  }),
  z.object({ kind: z.literal("NOT_FOUND") }),
  z.object({
    kind: z.literal("UNAVAILABLE"),
    outcome: z.enum(["TIMEOUT", "HTTP_ERROR", "MALFORMED", "CIRCUIT_OPEN", "NETWORK_ERROR"]),
    detail: z.string().nullable(),
  }),
]);
export type StoredAgencyData = z.infer<typeof zStoredAgencyData>;
