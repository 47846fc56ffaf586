import { z } from "zod";

// What the family wrote of a declared asset (submit-application.ts keeps it as JSON: its description, and a plot's
// area or a count of head or pieces), for staff reading the case file beside the value.
const ZDetails = z.object({
  description: z.string().optional(),
  areaM2: z.number().optional(),
  count: z.number().optional(),
});

export interface DeclaredAssetDetails {
  description: string | null;
  areaM2: number | null;
  count: number | null;
}

export function declaredAssetDetails(details: unknown): DeclaredAssetDetails {
  const parsed = ZDetails.safeParse(details);
  if (!parsed.success) return { description: null, areaM2: null, count: null };
  const { description, areaM2, count } = parsed.data;
  return { description: description ?? null, areaM2: areaM2 ?? null, count: count ?? null };
}
